/**
 * De normen: every figure the rules use, dated, with its legal source and whether it is verified.
 *
 * Literals only. Money in eurocents, percentages as the regulation writes them (110, not 1.1).
 * `verified: false` marks a figure from a secondary source or an outdated municipal text; outcomes
 * that lean on it are worded softly ("ask the municipality"). Figures come from
 * ../shared/reference/national-figures.md and heemskerk-schemes.md (researched 2026-11-24).
 * Review every 1 January and 1 July, when the bijstandsnormen change.
 */
import type { LegalSource, Norm } from './normSchema';

export const sources = {
  'participatiewet.art13': {
    title: 'Participatiewet, art. 13 lid 2 (studenten)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-07-01',
    bwbId: 'BWBR0015703',
    article: '13',
    confidence: 'P',
  },
  'participatiewet.art20': {
    title: 'Participatiewet, art. 20 (jongerennormen 18–20 jaar)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-07-01',
    bwbId: 'BWBR0015703',
    article: '20',
    confidence: 'P*',
  },
  'participatiewet.art21': {
    title: 'Participatiewet, art. 21 (normen 21 jaar tot AOW-leeftijd)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-07-01',
    bwbId: 'BWBR0015703',
    article: '21',
    confidence: 'P*',
  },
  'participatiewet.art22': {
    title: 'Participatiewet, art. 22 (normen vanaf AOW-leeftijd)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-07-01',
    bwbId: 'BWBR0015703',
    article: '22',
    confidence: 'P*',
  },
  'participatiewet.art22a': {
    title: 'Participatiewet, art. 19a en 22a (kostendelersnorm)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-07-01',
    bwbId: 'BWBR0015703',
    article: '22a',
    confidence: 'P',
  },
  'participatiewet.art34': {
    title: 'Participatiewet, art. 34 (vermogen)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-07-01',
    bwbId: 'BWBR0015703',
    article: '34',
    confidence: 'P',
  },
  'participatiewet.art35': {
    title: 'Participatiewet, art. 35 (bijzondere bijstand)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-07-01',
    bwbId: 'BWBR0015703',
    article: '35',
    confidence: 'P',
  },
  'participatiewet.art36': {
    title: 'Participatiewet, art. 36 (individuele inkomenstoeslag)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-07-01',
    bwbId: 'BWBR0015703',
    article: '36',
    confidence: 'P',
  },
  'participatiewet.art11': {
    title: 'Participatiewet, art. 11 en 19 (recht op bijstand als de middelen onder de norm liggen)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-07-01',
    bwbId: 'BWBR0015703',
    article: '11',
    confidence: 'P',
  },
  'ioaw': {
    title: 'Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers (IOAW)',
    confidence: 'S',
  },
  'ioaz': {
    title: 'Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte gewezen zelfstandigen (IOAZ)',
    confidence: 'S',
  },
  'normenbrief.2026-01-01': {
    title: 'SZW Normenbrief 1 januari 2026 (gecorrigeerd 9 december 2025)',
    confidence: 'P',
  },
  'aow.art7a': {
    title: 'Algemene Ouderdomswet, art. 7a (pensioengerechtigde leeftijd)',
    article: '7a',
    confidence: 'S',
  },
  'uri1990.art16': {
    title: 'Uitvoeringsregeling Invorderingswet 1990, art. 16 (kosten van bestaan)',
    url: 'https://wetten.overheid.nl/BWBR0004766/2026-01-01',
    bwbId: 'BWBR0004766',
    article: '16',
    confidence: 'P',
  },
  'heemskerk.kwijtscheldingsbeleid': {
    title: 'Gemeente Heemskerk, begroting 2019, paragraaf kwijtscheldingsbeleid (100% van de normen)',
    url: 'https://heemskerk.begroting-2019.nl/p6271/kwijtscheldingsbeleid',
    confidence: 'P',
  },
  'heemskerk.minimaregelingen': {
    title: 'Gemeente Heemskerk, Beleidsregels minimaregelingen en bijzondere bijstand ("Iedereen doet mee")',
    url: 'https://www.heemskerk.nl/werk-inkomen-zorg-en-welzijn/iedereen-doet-mee',
    confidence: 'P',
  },
  'heemskerk.bijzondereBijstand': {
    title: 'Gemeente Heemskerk, bijzondere bijstand (tot 150% van de bijstandsnorm)',
    url: 'https://www.heemskerk.nl/werk-inkomen-zorg-en-welzijn/iedereen-doet-mee/bijzondere-bijstand',
    confidence: 'P',
  },
  'heemskerk.verordeningIit': {
    title: 'Gemeente Heemskerk, Verordening individuele inkomenstoeslag Participatiewet',
    url: 'https://www.heemskerk.nl/digitale_balie/producten_en_diensten/inhoud/pdc/p/toon/product/87/',
    confidence: 'P',
  },
  'heemskerk.kindpakket': {
    title: 'Gemeente Heemskerk, Kindpakket (Beleidsregels minimaregelingen en bijzondere bijstand)',
    url: 'https://www.heemskerk.nl/werk-inkomen-zorg-en-welzijn/kindpakket',
    confidence: 'P',
  },
  'heemskerk.collectieveZorgverzekering': {
    title: 'Heemskerkwijzer, collectieve zorgverzekering minima (2019)',
    url: 'https://www.heemskerkwijzer.nl/is/werk-en-inkomen/minimaregelingen/collectieve-zorgverzekering',
    confidence: 'S',
  },
  'heemskerk.schuldhulpverlening': {
    title: 'Gemeente Heemskerk, schuldhulpverlening (Wet gemeentelijke schuldhulpverlening; Beleidsregels schuldhulpverlening)',
    url: 'https://www.heemskerk.nl/digitale_balie/producten_en_diensten/inhoud/pdc/p/toon/product/217/',
    confidence: 'P',
  },
} as const satisfies Record<string, LegalSource>;

export type SourceId = keyof typeof sources;

type NormEntry = Omit<Norm, 'values'> & { values: readonly (Norm['values'][number] & { sourceId: SourceId })[] };

const H1_2026 = { validFrom: '2026-01-01', validTo: '2026-06-30' } as const;
const H2_2026 = { validFrom: '2026-07-01', validTo: '2026-12-31' } as const;
const Y_2026 = { validFrom: '2026-01-01', validTo: '2026-12-31' } as const;

export const norms = {
  'bijstandsnorm.alleenstaande': {
    description: 'Bijstandsnorm alleenstaande (ouder), 21 jaar tot AOW-leeftijd, netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 140150, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 141946, sourceId: 'participatiewet.art21', verified: true },
    ],
  },
  'bijstandsnorm.gehuwden': {
    description: 'Bijstandsnorm gehuwden of samenwonenden, beiden 21 jaar tot AOW-leeftijd, per paar netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 200213, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 202779, sourceId: 'participatiewet.art21', verified: true },
    ],
  },
  'bijstandsnorm.alleenstaandeAow': {
    description: 'Bijstandsnorm alleenstaande (ouder) met AOW-leeftijd, netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 156469, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 158734, sourceId: 'participatiewet.art22', verified: true },
    ],
  },
  'bijstandsnorm.gehuwdenAow': {
    description: 'Bijstandsnorm gehuwden, beiden AOW-leeftijd, per paar netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 214416, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 217610, sourceId: 'participatiewet.art22', verified: true },
    ],
  },
  'bijstandsnorm.gehuwdenEenAow': {
    description: 'Bijstandsnorm gehuwden, één partner AOW-leeftijd en de ander 21 jaar of ouder, per paar netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 214416, sourceId: 'normenbrief.2026-01-01', verified: true },
      {
        ...H2_2026,
        value: 217610,
        sourceId: 'participatiewet.art22',
        verified: false,
        note: 'Art. 22 c per 1-7-2026 niet gevonden; op 1-1-2026 gelijk aan art. 22 b, dus dat bedrag aangenomen.',
      },
    ],
  },
  'bijstandsnorm.jongereAlleenstaande': {
    description: 'Bijstandsnorm alleenstaande of alleenstaande ouder van 18 tot en met 20 jaar, netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 34599, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 35042, sourceId: 'participatiewet.art20', verified: true },
    ],
  },
  'bijstandsnorm.jongereGehuwden': {
    description: 'Bijstandsnorm gehuwden beiden 18 tot en met 20 jaar zonder kinderen, per paar netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 69198, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 70084, sourceId: 'participatiewet.art20', verified: true },
    ],
  },
  'bijstandsnorm.jongereGehuwdenMetKinderen': {
    description: 'Bijstandsnorm gehuwden beiden 18 tot en met 20 jaar met kinderen, per paar netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 109241, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 110640, sourceId: 'participatiewet.art20', verified: true },
    ],
  },
  'bijstandsnorm.gemengdJongGehuwden': {
    description: 'Bijstandsnorm gehuwden, één partner 18 tot en met 20 jaar en één 21 jaar of ouder, zonder kinderen, per paar netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 134706, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 136432, sourceId: 'participatiewet.art20', verified: true },
    ],
  },
  'bijstandsnorm.gemengdJongGehuwdenMetKinderen': {
    description: 'Bijstandsnorm gehuwden, één partner 18 tot en met 20 jaar en één 21 jaar of ouder, met kinderen, per paar netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 174749, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 176988, sourceId: 'participatiewet.art20', verified: true },
    ],
  },
  'kostendelersnorm.basis': {
    description: 'Kostendelersnorm: vast deel in de formule ((basis + A × perPersoon) / (A × 100)) × gehuwdennorm',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [
      {
        validFrom: '2026-01-01',
        value: 40,
        sourceId: 'participatiewet.art22a',
        verified: true,
        note: 'Formuletekst via Schulinck en MinBZK; de uitkomst voor A = 2 is gelijk aan het IOAW-bedrag in de normenbrief.',
      },
    ],
  },
  'kostendelersnorm.perPersoon': {
    description: 'Kostendelersnorm: deel per persoon in de formule ((basis + A × perPersoon) / (A × 100)) × gehuwdennorm',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2026-01-01', value: 30, sourceId: 'participatiewet.art22a', verified: true }],
  },
  'kostendelersnorm.minimumleeftijd': {
    description: 'Een medebewoner telt als kostendeler vanaf deze leeftijd',
    unit: 'jaar',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2026-01-01', value: 27, sourceId: 'participatiewet.art22a', verified: true }],
  },
  'leeftijd.meerderjarig': {
    description: 'Vanaf deze leeftijd kan iemand zelf bijstand of een minimaregeling aanvragen',
    unit: 'jaar',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2026-01-01', value: 18, sourceId: 'participatiewet.art20', verified: true }],
  },
  'leeftijd.volwassenennorm': {
    description: 'Vanaf deze leeftijd geldt de bijstandsnorm voor volwassenen in plaats van de jongerennorm',
    unit: 'jaar',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2026-01-01', value: 21, sourceId: 'participatiewet.art21', verified: true }],
  },
  'leeftijd.aow': {
    description: 'AOW-leeftijd (pensioengerechtigde leeftijd) in hele jaren',
    unit: 'jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      {
        validFrom: '2024-01-01',
        validTo: '2027-12-31',
        value: 67,
        sourceId: 'aow.art7a',
        verified: true,
        note: 'Drie secundaire bronnen en MinBZK regelrecht (art. 7a-tabel) stemmen overeen; in 2028 wordt het 67 jaar en 3 maanden.',
      },
    ],
  },
  'ioaw.leeftijdWerkloos': {
    description: 'IOAW: werkloos geworden op of na deze leeftijd',
    unit: 'jaar',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2026-01-01', value: 50, sourceId: 'ioaw', verified: false, note: 'Drie secundaire bronnen (uitvoerders) stemmen overeen; wettekst niet gelezen.' }],
  },
  'ioaz.minimumleeftijd': {
    description: 'IOAZ: minimumleeftijd van de gewezen zelfstandige',
    unit: 'jaar',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2026-01-01', value: 55, sourceId: 'ioaz', verified: false, note: 'Drie secundaire bronnen (uitvoerders) stemmen overeen; wettekst niet gelezen.' }],
  },
  'vermogensgrens.alleenstaande': {
    description: 'Vermogensgrens bijstand voor een alleenstaande',
    unit: 'eurocent',
    lastCheckedOn: '2026-11-24',
    values: [{ ...Y_2026, value: 800000, sourceId: 'participatiewet.art34', verified: true }],
  },
  'vermogensgrens.gezin': {
    description: 'Vermogensgrens bijstand voor een alleenstaande ouder of voor gehuwden samen',
    unit: 'eurocent',
    lastCheckedOn: '2026-11-24',
    values: [{ ...Y_2026, value: 1600000, sourceId: 'participatiewet.art34', verified: true }],
  },
  'algemeneBijstand.inkomensgrens': {
    description: 'Bijstand vult aan tot de bijstandsnorm: inkomen tot dit percentage van de toepasselijke norm',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2015-01-01', value: 100, sourceId: 'participatiewet.art11', verified: true }],
  },
  'iit.minimumleeftijd': {
    description: 'Minimumleeftijd voor de individuele inkomenstoeslag in Heemskerk',
    unit: 'jaar',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2015-01-01', value: 21, sourceId: 'heemskerk.verordeningIit', verified: true }],
  },
  'kindpakket.inkomensgrens': {
    description: 'Inkomensgrens Kindpakket Heemskerk, als percentage van de toepasselijke bijstandsnorm',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2023-06-01', value: 110, sourceId: 'heemskerk.kindpakket', verified: true }],
  },
  'minimaregelingen.inkomensgrens': {
    description: 'Inkomensgrens minimaregelingen Heemskerk, als percentage van de toepasselijke bijstandsnorm',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2020-01-01', value: 110, sourceId: 'heemskerk.minimaregelingen', verified: true }],
  },
  'iit.inkomensgrens': {
    description: 'Inkomensgrens individuele inkomenstoeslag Heemskerk, als percentage van de toepasselijke bijstandsnorm',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2015-01-01', value: 110, sourceId: 'heemskerk.verordeningIit', verified: true }],
  },
  'iit.referteperiode': {
    description: 'Zo lang moet het inkomen laag zijn geweest voor de individuele inkomenstoeslag',
    unit: 'maanden',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2015-01-01', value: 36, sourceId: 'heemskerk.verordeningIit', verified: true }],
  },
  'bijzondereBijstand.inkomensgrens': {
    description: 'Tot dit percentage van de bijstandsnorm kan Heemskerk bijzondere bijstand geven',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2020-01-01', value: 150, sourceId: 'heemskerk.bijzondereBijstand', verified: true }],
  },
  'collectieveZorgverzekering.inkomensgrens': {
    description: 'Inkomensgrens collectieve zorgverzekering voor minima, als percentage van de bijstandsnorm',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [
      {
        validFrom: '2019-01-01',
        value: 130,
        sourceId: 'heemskerk.collectieveZorgverzekering',
        verified: false,
        note: 'Alleen een sociale kaart uit 2019 noemt 130%; de huidige voorwaarden zijn niet gevonden.',
      },
    ],
  },
  'kwijtschelding.kostenVanBestaan': {
    description: 'Kosten van bestaan bij kwijtschelding, als percentage van de toepasselijke bijstandsnorm',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [
      {
        validFrom: '2019-01-01',
        value: 100,
        sourceId: 'heemskerk.kwijtscheldingsbeleid',
        verified: false,
        note: 'Begroting 2019 noemt 100%; de huidige verordening kwijtschelding is niet gevonden.',
      },
    ],
  },
} as const satisfies Record<string, NormEntry>;

export type NormId = keyof typeof norms;
