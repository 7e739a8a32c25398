/**
 * Where to apply and what to bring: the channels and documents the scheme modules point to.
 *
 * Addresses and numbers are data, checked against ../shared/reference/heemskerk-schemes.md.
 * `verified: false` means the detail comes from an old or secondary page; the view then adds
 * "check heemskerk.nl". Labels and explanations live in the locales under `channels.<id>` and
 * `documents.<id>`.
 */

export type Channel = {
  phone?: string;
  url?: string;
  address?: string;
  verified: boolean;
};

export const channels = {
  gemeenteHeemskerkDigid: {
    url: 'https://www.heemskerk.nl/werk-inkomen-zorg-en-welzijn/iedereen-doet-mee',
    phone: '14 0251',
    address: 'Maerten van Heemskerckplein 1, 1964 EZ Heemskerk',
    verified: true,
  },
  gemeenteHeemskerkBelastingen: {
    url: 'https://www.heemskerk.nl/belastingen-en-vergunningen/belasting-betalen',
    phone: '14 0251',
    verified: true,
  },
  werkNl: { url: 'https://www.werk.nl', verified: true },
  gemeenteHeemskerkLoket: {
    phone: '14 0251',
    address: 'Maerten van Heemskerckplein 1, 1964 EZ Heemskerk',
    verified: true,
  },
  gezondVerzekerd: { url: 'https://www.gezondverzekerd.nl', verified: false },
  schuldhulpHeemskerk: { phone: '14 0251', verified: false },
  metHeemskerk: { phone: '088 88 76 800', url: 'https://metheemskerk.nl', verified: true },
  // The Voedselbank IJmond-Noord takes sign-ups by phone through Socius / MET Heemskerk; its pages date from 2019–2021.
  voedselbank: { phone: '088 88 76 900', url: 'https://www.voedselbankijmond.nl', verified: false },
  // The AIO is applied for at the SVB; its phone number is not in the researched material.
  svb: { url: 'https://www.svb.nl', verified: true },
  // Paper forms (studietoeslag) go by post, in the letterbox next to the town hall's reception, or
  // as a scan by e-mail; the e-mail address is in the channel's text.
  gemeenteHeemskerkPost: {
    address: 'Gemeente Heemskerk, t.a.v. Werk & Inkomen, Postbus 1, 1960 AA Heemskerk',
    url: 'https://www.heemskerk.nl/werk-inkomen-zorg-en-welzijn/studietoeslag',
    phone: '14 0251',
    verified: true,
  },
  // Parents cannot apply to the Jeugdfonds themselves. Which organisations act as intermediair in
  // Heemskerk today is only known from a news item, and the "Serviceplein" has no address we found.
  jeugdfondsIntermediair: { verified: false },
  // The toeslagen are applied for in "Mijn toeslagen" with DigiD; the address is not in the researched material.
  dienstToeslagen: { url: 'https://www.toeslagen.nl', verified: false },
  // Changes to a toeslag go through "Mijn toeslagen" or the free BelastingTelefoon (secondary sources).
  belastingTelefoon: { phone: '0800 0543', url: 'https://www.toeslagen.nl', verified: false },
  // Veilig Thuis: the national number of the advies- en meldpunten (Wmo 2015 art. 4.1.1), free,
  // every day and hour, also anonymous (rijksoverheid.nl, "Wat moet ik doen bij huiselijk geweld?").
  veiligThuis: { phone: '0800 2000', url: 'https://veiligthuis.nl', verified: true },
  // In direct danger the emergency number, as the same page says.
  alarmnummer: { phone: '112', verified: true },
  // The LBIO collects child support (and partner alimony) that is not paid, on the strength of a
  // court order or a registered agreement (art. 1:408 BW); the site is the way in. Not in the researched material.
  lbio: { url: 'https://www.lbio.nl', verified: false },
  // UWV pays the Wajong, WIA and Ziektewet and advises the college on a medische urenbeperking
  // (art. 6b lid 4 PW). Its phone number is not in the researched material: the site is the way in.
  uwv: { url: 'https://www.uwv.nl', verified: true },
} as const satisfies Record<string, Channel>;

export type ChannelId = keyof typeof channels;

export const DOCUMENTS = [
  'digid',
  'idBewijs',
  'bankafschriften',
  'inkomensspecificatie',
  'spaarrekeningen',
  'offerteOfBon',
  'huurspecificatie',
  'toeslagenbeschikking',
  'brievenSchuldeisers',
  'aanslagBelastingen',
  'polisZorgverzekering',
  'wwBeschikking',
  'jaarcijfers',
  'uittrekselKvk',
  'gegevensVereniging',
  'besluitStudiefinanciering',
  'bewijsBeperking',
  'beslagbrief',
  'jaaropgaaf',
  'contractKinderopvang',
] as const;

export type DocumentId = (typeof DOCUMENTS)[number];

/** A channel's details, typed as a Channel whatever fields this particular one has. */
export function channel(id: ChannelId): Channel {
  return channels[id];
}

/**
 * The organisation behind each channel, so the action plan can say "one call to the municipality
 * covers these schemes": the town hall's desk, taxes, post and debt help share one number (14 0251).
 */
export const ORGANISATIES = ['gemeente', 'werkNl', 'svb', 'toeslagen', 'metHeemskerk', 'voedselbank', 'gezondVerzekerd', 'jeugdfonds', 'veiligThuis', 'alarmnummer', 'lbio', 'uwv'] as const;
export type Organisatie = (typeof ORGANISATIES)[number];

export const organisatieVan: Record<ChannelId, Organisatie> = {
  gemeenteHeemskerkDigid: 'gemeente',
  gemeenteHeemskerkBelastingen: 'gemeente',
  gemeenteHeemskerkLoket: 'gemeente',
  gemeenteHeemskerkPost: 'gemeente',
  schuldhulpHeemskerk: 'gemeente',
  werkNl: 'werkNl',
  svb: 'svb',
  dienstToeslagen: 'toeslagen',
  belastingTelefoon: 'toeslagen',
  metHeemskerk: 'metHeemskerk',
  voedselbank: 'voedselbank',
  gezondVerzekerd: 'gezondVerzekerd',
  jeugdfondsIntermediair: 'jeugdfonds',
  veiligThuis: 'veiligThuis',
  alarmnummer: 'alarmnummer',
  lbio: 'lbio',
  uwv: 'uwv',
};
