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
] as const;

export type DocumentId = (typeof DOCUMENTS)[number];
