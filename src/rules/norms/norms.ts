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
  // Issue 20: people with a work disability. Read in the consolidated BWBR0015703 of 1-1-2026
  // (MinBZK/regelrecht 32718bd4, doc/experimenten/test1/bronnen/BWBR0015703_2026-01-01_0.xml).
  'participatiewet.art6b': {
    title: 'Participatiewet, art. 6b (medisch urenbeperkt: begrip; het college stelt het vast, UWV adviseert)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-01-01',
    bwbId: 'BWBR0015703',
    article: '6b',
    confidence: 'P',
  },
  'participatiewet.art31lid2y': {
    title: 'Participatiewet, art. 31 lid 2 onder y (inkomsten uit arbeid van wie medisch urenbeperkt is: 15%, met een maximum per maand, voor zover hij algemene bijstand ontvangt)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-01-01',
    bwbId: 'BWBR0015703',
    article: '31 lid 2 y',
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
  'participatiewet.art36b': {
    title: 'Participatiewet, art. 36b lid 3 onder b (geen studietoeslag voor wie recht heeft op een uitkering op grond van de Wajong)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-01-01',
    bwbId: 'BWBR0015703',
    article: '36b',
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
  'uri1990.art11': {
    title: 'Uitvoeringsregeling Invorderingswet 1990, art. 11–15 (kwijtschelding na inzet van vermogen en 80% van de betalingscapaciteit; vermogen; betalingscapaciteit; uitgaven)',
    url: 'https://wetten.overheid.nl/BWBR0004766/2026-01-01#Artikel11',
    bwbId: 'BWBR0004766',
    article: '11',
    confidence: 'P',
  },
  'heemskerk.belastingtarieven2024': {
    title: 'Gemeente Heemskerk, tarieven afvalstoffenheffing en rioolheffing 2024 (pagina\'s "Afvalstoffenheffing" en "Rioolheffing")',
    url: 'https://www.heemskerk.nl/belastingen-en-vergunningen/afvalstoffenheffing',
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
  'heemskerk.armoedebeleid': {
    title: 'Gemeente Heemskerk, "Armoede en schulden uitgelicht" (addendum bij "Samen sterk voor Heemskerk"): problematische schulden volgens de NVVK',
    confidence: 'P',
  },
  'heemskerk.schuldhulpverlening': {
    title: 'Gemeente Heemskerk, schuldhulpverlening (Wet gemeentelijke schuldhulpverlening; Beleidsregels schuldhulpverlening)',
    url: 'https://www.heemskerk.nl/digitale_balie/producten_en_diensten/inhoud/pdc/p/toon/product/217/',
    confidence: 'P',
  },
  'participatiewet.art19': {
    title: 'Participatiewet, art. 19 lid 3 (vakantietoeslag in de bijstandsnorm)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-07-01',
    bwbId: 'BWBR0015703',
    article: '19',
    confidence: 'P',
  },
  'participatiewet.art47a': {
    title: 'Participatiewet, art. 47a (aanvullende inkomensvoorziening ouderen, uitgevoerd door de SVB)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-07-01',
    bwbId: 'BWBR0015703',
    article: '47a',
    confidence: 'P',
  },
  'bedragen.2026-07-01': {
    title: 'Bedragen Participatiewet, IOAW, IOAZ en Bbz per 1 juli 2026 (wetten.overheid.nl, via het CPRMV-regelbestand)',
    confidence: 'P*',
  },
  'bbz2004': {
    title: 'Besluit bijstandverlening zelfstandigen 2004 (Bbz 2004)',
    confidence: 'S',
  },
  'wsnp': {
    title: 'Wet schuldsanering natuurlijke personen (Faillissementswet, titel III), zoals gewijzigd per 1 juli 2023',
    confidence: 'S',
  },
  'beslagvrijeVoet': {
    title: 'Wetboek van Burgerlijke Rechtsvordering, beslagvrije voet (Wet vereenvoudiging beslagvrije voet)',
    confidence: 'S',
  },
  'heemskerk.jeugdfonds': {
    title: 'Gemeente Heemskerk, Kindpakket: sport en cultuur via het Jeugdfonds Sport & Cultuur (tot 120% van de bijstandsnorm)',
    url: 'https://www.heemskerk.nl/werk-inkomen-zorg-en-welzijn/kindpakket',
    confidence: 'P',
  },
  'heemskerk.studietoeslag': {
    title: 'Gemeente Heemskerk, individuele studietoeslag',
    url: 'https://www.heemskerk.nl/werk-inkomen-zorg-en-welzijn/studietoeslag',
    confidence: 'P',
  },
  'heemskerk.vroegsignalering': {
    title: 'Divosa, verhaal over vroegsignalering in Heemskerk ("Wij moeten met minder fte\'s efficiënter te werk gaan")',
    url: 'https://www.divosa.nl/verhalen/wij-moeten-met-minder-ftes-efficienter-te-werk-gaan',
    confidence: 'S',
  },
  // The national toeslagen (2026). Every figure from secondary sources that cite the Belastingdienst
  // documents (national-figures.md §5–7, S10–S12): verified: false until checked against the PDFs.
  'zorgtoeslag.2026': {
    title: 'Wet op de zorgtoeslag, art. 2; Dienst Toeslagen, Berekening zorgtoeslag 2026 (TG 082), bedragen via secundaire bronnen',
    url: 'https://wetten.overheid.nl/BWBR0018451/2026-01-01',
    bwbId: 'BWBR0018451',
    article: '2',
    confidence: 'S',
  },
  'huurtoeslag.2026': {
    title: 'Wet op de huurtoeslag (vereenvoudigd per 1-1-2026); Regeling huurtoeslaggrenzen 2026 (Stcrt. 2025, 39783), bedragen via secundaire bronnen',
    url: 'https://wetten.overheid.nl/BWBR0008659/2026-01-01',
    bwbId: 'BWBR0008659',
    confidence: 'S',
  },
  'kindgebondenBudget.2026': {
    title: 'Wet op het kindgebonden budget, art. 2; Dienst Toeslagen, Berekening kindgebonden budget 2026 (TG 081), bedragen via secundaire bronnen',
    url: 'https://download.belastingdienst.nl/toeslagen/docs/berekening_kindgebonden_budget_tg0811z61fd.pdf',
    article: '2',
    confidence: 'S',
  },
  'kinderopvangtoeslag.2026': {
    title: 'Wet kinderopvang en Besluit kinderopvangtoeslag 2026 (voorwaarden via secundaire bronnen)',
    confidence: 'S',
  },
  'awir.vermogen': {
    title: 'Algemene wet inkomensafhankelijke regelingen, vermogenstoets voor zorgtoeslag en kindgebonden budget (bedragen 2026 via secundaire bronnen)',
    url: 'https://wetten.overheid.nl/BWBR0018472/2026-01-01',
    bwbId: 'BWBR0018472',
    confidence: 'S',
  },
  'awir.art14': {
    title: 'Algemene wet inkomensafhankelijke regelingen, art. 14 (bedrag rekenkundig afgerond op hele euro\'s; niet toegekend onder € 24)',
    url: 'https://wetten.overheid.nl/BWBR0018472/2026-01-01#Artikel14',
    bwbId: 'BWBR0018472',
    article: '14',
    confidence: 'P',
  },
  // The application terms for the action plan: read in secondary sources only (the Awir text and
  // the Leidraad were not at hand), so every deadline built on them says "check this".
  'awir.art15': {
    // ⚠️ The consolidated text in MinBZK/regelrecht (BWBR0018472, stand 2025-01-01, read 2026-12-01)
    // says "tot 1 april"; Toeslagen and the press in 2025 say 1 September for 2024. Until the
    // wetten.overheid.nl text is read, the figure stays unverified.
    title: 'Algemene wet inkomensafhankelijke regelingen, art. 15 lid 1 (aanvraag vóór 1 september van het jaar na het berekeningsjaar; regelrecht-tekst 2025 zegt 1 april)',
    url: 'https://wetten.overheid.nl/BWBR0018472/2026-01-01',
    bwbId: 'BWBR0018472',
    article: '15',
    confidence: 'S',
  },
  'participatiewet.art44': {
    // The article text was not in the regelrecht corpus; the reading follows CRvB case law
    // (ECLI:NL:CRVB:2018:3283, 2019:1080, 2020:1242): no bijstand before the day of the melding,
    // save special circumstances.
    title: 'Participatiewet, art. 44 lid 1 (bijstand met ingang van de dag van de melding; CRvB 9-10-2018, ECLI:NL:CRVB:2018:3283)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-07-01',
    bwbId: 'BWBR0015703',
    article: '44',
    confidence: 'S',
  },
  // 2027. The Prinsjesdag budget (15-9-2026) is the newest source for most 2027 figures; nothing
  // definitive was published by the last review (figures-2027.md, researched 2026-12-01).
  'szw.begroting2027': {
    title:
      'Rijksbegroting 2027 SZW (Kamerstukken II 2026/27, 37 020 XV, nr. 2), p. 143 en tabel 107: voorlopige bedragen kindgebonden budget en vermogensgrens toeslagen (geciteerd door waarblijfthet/app en toeslagbuddy, september 2026)',
    confidence: 'D',
  },
  'participatiewet.art24a': {
    title: 'Participatiewet, art. 24a (alleenstaande ouder met een partner zonder recht op bijstand), Stb. 2025, 312, in werking 1-1-2027 (Stb. 2025, 313)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2027-01-01',
    bwbId: 'BWBR0015703',
    article: '24a',
    confidence: 'P',
  },
  'participatiewet.art31': {
    title: 'Participatiewet, art. 31 lid 2 n (25% van de inkomsten uit arbeid, tot een maximum, vanaf de AOW-leeftijd zonder termijn), tekst 1-1-2026',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-01-01',
    bwbId: 'BWBR0015703',
    article: '31',
    confidence: 'P',
  },
  'participatiewet.art34a': {
    title: 'Participatiewet, art. 34a (inkomsten uit arbeid deels niet verrekend), Stb. 2025, 312, in werking 1-1-2027 (Stb. 2025, 313)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2027-01-01',
    bwbId: 'BWBR0015703',
    article: '34a',
    confidence: 'P',
  },
  'participatiewet.art34b': {
    title: 'Participatiewet, art. 34b (bufferbudget), Stb. 2025, 312, in werking 1-1-2027 (Stb. 2025, 313)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2027-01-01',
    bwbId: 'BWBR0015703',
    article: '34b',
    confidence: 'P',
  },
  // The amended text of art. 36 is not in the consolidation yet (figures-2027.md: NF); that the
  // college "kan" grant the IIT ambtshalve from 1-1-2027 comes from secondary sources (R23).
  'participatiewet.art36.2027': {
    title: 'Participatiewet, art. 36 (individuele inkomenstoeslag, ook ambtshalve), Stb. 2025, 312, in werking 1-1-2027 (Stb. 2025, 313)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2027-01-01',
    bwbId: 'BWBR0015703',
    article: '36',
    confidence: 'S',
  },
  'loonheffing.2026': {
    title:
      'Belastingdienst, Rekenvoorschriften voor de geautomatiseerde loonadministratie 2026 (LH 991, versie 2) en Witte maandloontabel 2026; ' +
      'Tarieven, bedragen en percentages loonheffingen 2026 (LH 209, uitgave 3, 3 maart 2026), via loonheffing-2026.md §1 (L2–L4)',
    url: 'https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/themaoverstijgend/brochures_en_publicaties/rekenvoorschriften-voor-de-geautomatiseerde-loonadministratie-2026',
    confidence: 'P*',
  },
  'uwv.vakantiegeld': {
    title: 'UWV, "Hoeveel vakantiegeld krijg ik" en "Vakantiegeld vanuit de WW": 8% van de bruto uitkering, betaald in mei',
    url: 'https://www.uwv.nl/nl/ww/vakantiegeld',
    confidence: 'P',
  },
  'wml.vakantiebijslag': {
    title: 'Wet minimumloon en minimumvakantiebijslag, art. 15 (vakantiebijslag ten minste 8% van het loon), via secundaire bronnen',
    url: 'https://wetten.overheid.nl/BWBR0002638/2026-01-01',
    bwbId: 'BWBR0002638',
    article: '15',
    confidence: 'S',
  },
  'svb.aow2026': {
    title: 'SVB, AOW-bedragen per 1 januari en 1 juli 2026 (bruto per maand, vakantiegeld), via drie secundaire bronnen (loonheffing-2026.md L10)',
    url: 'https://www.svb.nl/nl/aow/bedragen-aow/aow-bedragen',
    confidence: 'S',
  },
  'aanname.toetsingsinkomen': {
    title: 'Aanname van deze check, geen officiële bron: schatting van het bruto jaarinkomen uit het netto maandinkomen, met een marge',
    confidence: 'NF',
  },
  // Residence status (../shared/reference/residence-and-2027-law.md, part A). The Vreemdelingenwet,
  // Wgs and IOAW/IOAZ texts read are older consolidations (before 2016) whose provisions the 2026
  // texts still refer to unchanged; their current wording was not checked, so they count as S.
  'verblijf.participatiewet': {
    title: 'Participatiewet, art. 5, 11 lid 2–4 en 16 lid 2 (bijstand voor vreemdelingen: alleen bij rechtmatig verblijf als bedoeld in art. 8 a–e en l Vreemdelingenwet 2000)',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-01-01',
    bwbId: 'BWBR0015703',
    article: '11',
    confidence: 'P',
  },
  'verblijf.vreemdelingenwet': {
    title: 'Vreemdelingenwet 2000, art. 1 (tijdelijke bescherming), 8, 10 en 11 (rechtmatig verblijf en het koppelingsbeginsel; oudere geconsolideerde tekst). De grondslag van de Heemskerkse minimaregelingen is niet gevonden',
    url: 'https://wetten.overheid.nl/BWBR0011823',
    bwbId: 'BWBR0011823',
    article: '8',
    confidence: 'S',
  },
  'verblijf.ioawIoaz': {
    title: 'IOAW art. 6 lid 1 b en IOAZ art. 6 lid 2 c (geen uitkering zonder rechtmatig verblijf als bedoeld in art. 8 a–e en l Vreemdelingenwet 2000; oudere geconsolideerde tekst)',
    confidence: 'S',
  },

  'verblijf.zorgtoeslag': {
    title: 'Wet op de zorgtoeslag, art. 1 c en 2 lid 4 (alleen voor wie verzekerd is volgens de Zorgverzekeringswet; de helft als de partner niet verzekerd is); Awir art. 9 lid 2 (geen toeslag als de toeslagpartner niet rechtmatig in Nederland verblijft)',
    url: 'https://wetten.overheid.nl/BWBR0018451/2025-01-01',
    bwbId: 'BWBR0018451',
    article: '2',
    confidence: 'P',
  },
  'verblijf.huurtoeslag': {
    title: 'Wet op de huurtoeslag, art. 9 en 10 (ingeschreven op het adres; ook met tijdelijke bescherming); Awir art. 9 lid 2 en 3 (geen toeslag als de toeslagpartner of een medebewoner niet rechtmatig in Nederland verblijft)',
    url: 'https://wetten.overheid.nl/BWBR0008659/2025-01-01',
    bwbId: 'BWBR0008659',
    article: '10',
    confidence: 'P*',
  },
  'verblijf.kindgebondenBudget': {
    title: 'Wet op het kindgebonden budget, art. 1 lid 1 c en lid 5, art. 2 lid 1 (voor wie kinderbijslag krijgt; ook als de partner niet rechtmatig verblijft)',
    url: 'https://wetten.overheid.nl/BWBR0022751/2025-01-01',
    bwbId: 'BWBR0022751',
    article: '1',
    confidence: 'P*',
  },
  'verblijf.tijdelijkeBescherming': {
    title: 'Belastingdienst, "Toeslagen voor vluchtelingen uit Oekraïne" en "Nederlandse nationaliteit of geldige verblijfsvergunning"; Rijksoverheid over kinderopvangtoeslag voor ontheemden uit Oekraïne; Awir art. 9 lid 2',
    url: 'https://www.belastingdienst.nl/wps/wcm/connect/nl/toeslagen/content/toeslagen-voor-vluchtelingen-oekraine',
    confidence: 'S',
  },
  'verblijf.schuldhulp': {
    title: 'Wet gemeentelijke schuldhulpverlening, art. 1 en 3 lid 4 (vreemdelingen: ingezetene met rechtmatig verblijf als bedoeld in art. 8 a–e en l Vreemdelingenwet 2000; tekst van 2012, sindsdien gewijzigd)',
    url: 'https://wetten.overheid.nl/BWBR0031331',
    bwbId: 'BWBR0031331',
    article: '3',
    confidence: 'S',
  },


} as const satisfies Record<string, LegalSource>;

export type SourceId = keyof typeof sources;

type NormEntry = Omit<Norm, 'values'> & { values: readonly (Norm['values'][number] & { sourceId: SourceId })[] };

const H1_2026 = { validFrom: '2026-01-01', validTo: '2026-06-30' } as const;
const H2_2026 = { validFrom: '2026-07-01', validTo: '2026-12-31' } as const;
const Y_2026 = { validFrom: '2026-01-01', validTo: '2026-12-31' } as const;
const Y_2027 = { validFrom: '2027-01-01', validTo: '2027-12-31' } as const;
/**
 * A 2026 figure kept for 2027 because its 2027 successor was not published on the last review
 * (figures-2027.md: "NF"). The outcome then says the 2027 amounts are not final yet. Replace the
 * whole entry, `carriedForward` included, when the definitive figure appears.
 */
const DOORGETROKKEN_2027 = { ...Y_2027, verified: false, carriedForward: true } as const;

export const norms = {
  'bijstandsnorm.alleenstaande': {
    description: 'Bijstandsnorm alleenstaande (ouder), 21 jaar tot AOW-leeftijd, netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 140150, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 141946, sourceId: 'participatiewet.art21', verified: true },
      { ...DOORGETROKKEN_2027, value: 141946, sourceId: 'participatiewet.art21' },
    ],
  },
  'bijstandsnorm.gehuwden': {
    description: 'Bijstandsnorm gehuwden of samenwonenden, beiden 21 jaar tot AOW-leeftijd, per paar netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 200213, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 202779, sourceId: 'participatiewet.art21', verified: true },
      { ...DOORGETROKKEN_2027, value: 202779, sourceId: 'participatiewet.art21' },
    ],
  },
  'bijstandsnorm.alleenstaandeAow': {
    description: 'Bijstandsnorm alleenstaande (ouder) met AOW-leeftijd, netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 156469, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 158734, sourceId: 'participatiewet.art22', verified: true },
      { ...DOORGETROKKEN_2027, value: 158734, sourceId: 'participatiewet.art22' },
    ],
  },
  'bijstandsnorm.gehuwdenAow': {
    description: 'Bijstandsnorm gehuwden, beiden AOW-leeftijd, per paar netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 214416, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 217610, sourceId: 'participatiewet.art22', verified: true },
      { ...DOORGETROKKEN_2027, value: 217610, sourceId: 'participatiewet.art22' },
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
      { ...DOORGETROKKEN_2027, value: 217610, sourceId: 'participatiewet.art22' },
    ],
  },
  'bijstandsnorm.jongereAlleenstaande': {
    description: 'Bijstandsnorm alleenstaande of alleenstaande ouder van 18 tot en met 20 jaar, netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 34599, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 35042, sourceId: 'participatiewet.art20', verified: true },
      { ...DOORGETROKKEN_2027, value: 35042, sourceId: 'participatiewet.art20' },
    ],
  },
  'bijstandsnorm.jongereGehuwden': {
    description: 'Bijstandsnorm gehuwden beiden 18 tot en met 20 jaar zonder kinderen, per paar netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 69198, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 70084, sourceId: 'participatiewet.art20', verified: true },
      { ...DOORGETROKKEN_2027, value: 70084, sourceId: 'participatiewet.art20' },
    ],
  },
  'bijstandsnorm.jongereGehuwdenMetKinderen': {
    description: 'Bijstandsnorm gehuwden beiden 18 tot en met 20 jaar met kinderen, per paar netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 109241, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 110640, sourceId: 'participatiewet.art20', verified: true },
      { ...DOORGETROKKEN_2027, value: 110640, sourceId: 'participatiewet.art20' },
    ],
  },
  'bijstandsnorm.gemengdJongGehuwden': {
    description: 'Bijstandsnorm gehuwden, één partner 18 tot en met 20 jaar en één 21 jaar of ouder, zonder kinderen, per paar netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 134706, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 136432, sourceId: 'participatiewet.art20', verified: true },
      { ...DOORGETROKKEN_2027, value: 136432, sourceId: 'participatiewet.art20' },
    ],
  },
  'bijstandsnorm.gemengdJongGehuwdenMetKinderen': {
    description: 'Bijstandsnorm gehuwden, één partner 18 tot en met 20 jaar en één 21 jaar of ouder, met kinderen, per paar netto per maand incl. vakantietoeslag',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 174749, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 176988, sourceId: 'participatiewet.art20', verified: true },
      { ...DOORGETROKKEN_2027, value: 176988, sourceId: 'participatiewet.art20' },
    ],
  },
  'bijstandsnorm.verhogingJongere': {
    description: 'Verhoging van de jongerennorm per jongere van 18 tot en met 20 jaar die geen beroep kan doen op de ouders (art. 20 lid 3 PW), netto per maand; samen niet hoger dan de norm voor 21 jaar en ouder (lid 4)',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...H1_2026, value: 74645, sourceId: 'participatiewet.art20', verified: true, note: 'Wettekst per 1-1-2026 (PiB, Stb. 2025, 312/313): het college verhoogt de norm, het is geen kan-bepaling meer.' },
      { ...H2_2026, value: 76224, sourceId: 'participatiewet.art20', verified: true },
      { ...DOORGETROKKEN_2027, value: 76224, sourceId: 'participatiewet.art20' },
    ],
  },
  'bijstandsnorm.vakantietoeslag': {
    description: 'Deel van de bijstandsnorm dat vakantietoeslag is, als percentage van de bijstand',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2026-01-01', value: 5, sourceId: 'participatiewet.art19', verified: true }],
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
  'ioaw.geboortejaarVoor': {
    description: 'IOAW: alleen voor wie geboren is vóór 1 januari van dit kalenderjaar',
    unit: 'jaar',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2026-01-01', value: 1965, sourceId: 'ioaw', verified: false, note: 'Drie secundaire bronnen (uitvoerders) stemmen overeen; wettekst niet gelezen.' }],
  },
  'ioaw.inkomensgrens': {
    description: 'IOAW: inkomen van het huishouden tot dit percentage van de toepasselijke bijstandsnorm, per maand',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [
      {
        validFrom: '2026-01-01',
        value: 100,
        sourceId: 'normenbrief.2026-01-01',
        verified: true,
        note: 'Afgeleid: de netto IOAW-bedragen in de normenbrief (alleenstaande € 1.401,50, per partner € 1.001,07; per 1-7-2026 € 1.419,46 en € 1.013,90) zijn gelijk aan de bijstandsnormen.',
      },
    ],
  },
  'ioaz.boekjaren': {
    description: 'IOAZ: over zoveel boekjaren vóór de aanvraag wordt het gemiddelde inkomen berekend',
    unit: 'jaar',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2026-01-01', value: 3, sourceId: 'ioaz', verified: false, note: 'Drie secundaire bronnen (uitvoerders) stemmen overeen; wettekst niet gelezen.' }],
  },
  'ioaz.inkomensgrensVerleden': {
    description: 'IOAZ: het gemiddelde inkomen over de laatste boekjaren is lager dan dit bedrag per jaar',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 3346700, sourceId: 'normenbrief.2026-01-01', verified: true, note: 'Per 1-7-2026 ongewijzigd (CPRMV-regelbestand).' },
      { ...DOORGETROKKEN_2027, value: 3346700, sourceId: 'normenbrief.2026-01-01' },
    ],
  },
  'ioaz.inkomensgrensToekomst': {
    description: 'IOAZ: het verwachte inkomen na het stoppen is lager dan dit bedrag per jaar',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...H1_2026, value: 3609000, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...H2_2026, value: 3678000, sourceId: 'bedragen.2026-07-01', verified: true },
      { ...DOORGETROKKEN_2027, value: 3678000, sourceId: 'bedragen.2026-07-01' },
    ],
  },
  'ioaz.vrijgelatenVermogen': {
    description: 'IOAZ: vermogen tot dit bedrag telt niet mee; van het deel daarboven telt elk jaar een percentage als inkomen',
    unit: 'eurocent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 17586400, sourceId: 'normenbrief.2026-01-01', verified: true, note: 'IOAZ art. 8 lid 2; per 1-7-2026 ongewijzigd (CPRMV-regelbestand).' },
      { ...DOORGETROKKEN_2027, value: 17586400, sourceId: 'normenbrief.2026-01-01' },
    ],
  },
  'bbz.inkomensgrens': {
    description: 'Bbz 2004: bijstand voor levensonderhoud als het inkomen niet hoger is dan dit percentage van de toepasselijke bijstandsnorm',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [
      {
        validFrom: '2026-01-01',
        value: 100,
        sourceId: 'bbz2004',
        verified: false,
        note: 'Bbz art. 22 verwijst naar de bijstandsnorm van de Participatiewet; het Bbz-artikel over levensonderhoud zelf is niet gelezen.',
      },
    ],
  },
  'bbz.vermogensgrens': {
    description: 'Bbz 2004: geen bijstand als het vermogen van de zelfstandige hoger is dan dit bedrag',
    unit: 'eurocent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 25123300, sourceId: 'normenbrief.2026-01-01', verified: true, note: 'Bbz 2004 art. 3 lid 1 a; per 1-7-2026 ongewijzigd (CPRMV-regelbestand).' },
      { ...DOORGETROKKEN_2027, value: 25123300, sourceId: 'normenbrief.2026-01-01' },
    ],
  },
  'bbz.vermogensgrensDeels': {
    description: 'Bbz 2004: boven dit vermogen, tot de vermogensgrens, telt het vermogen voor een deel mee (toets van 30%)',
    unit: 'eurocent',
    lastCheckedOn: '2026-11-24',
    values: [
      {
        ...Y_2026,
        value: 5978200,
        sourceId: 'normenbrief.2026-01-01',
        verified: true,
        note: 'Bbz 2004 art. 3 lid 1 b; het bedrag staat in de normenbrief, de precieze werking van de toets is niet gelezen.',
      },
      { ...DOORGETROKKEN_2027, value: 5978200, sourceId: 'normenbrief.2026-01-01' },
    ],
  },
  'schuldhulp.afbetaaltermijn': {
    description: 'Schulden die niet binnen deze termijn af te lossen zijn, heten problematisch (NVVK-definitie)',
    unit: 'maanden',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2020-01-01', value: 36, sourceId: 'heemskerk.armoedebeleid', verified: true }],
  },
  'vermogensgrens.alleenstaande': {
    description: 'Vermogensgrens bijstand voor een alleenstaande',
    unit: 'eurocent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 800000, sourceId: 'participatiewet.art34', verified: true },
      { ...DOORGETROKKEN_2027, value: 800000, sourceId: 'participatiewet.art34' },
    ],
  },
  'vermogensgrens.gezin': {
    description: 'Vermogensgrens bijstand voor een alleenstaande ouder of voor gehuwden samen',
    unit: 'eurocent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 1600000, sourceId: 'participatiewet.art34', verified: true },
      { ...DOORGETROKKEN_2027, value: 1600000, sourceId: 'participatiewet.art34' },
    ],
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
  'jeugdfonds.inkomensgrens': {
    description: 'Inkomensgrens Jeugdfonds Sport & Cultuur in Heemskerk, als percentage van de toepasselijke bijstandsnorm',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [{ validFrom: '2023-06-01', value: 120, sourceId: 'heemskerk.jeugdfonds', verified: true }],
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
  'kwijtschelding.betalingscapaciteit': {
    description: 'Kwijtschelding: zoveel procent van de betalingscapaciteit van een jaar moet eerst voor de belasting worden gebruikt',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [{ validFrom: '2026-01-01', value: 80, sourceId: 'uri1990.art11', verified: true, note: 'URI 1990 art. 11 b 2°: "ten minste 80 percent"; een gemeente mag tot 100% kwijtschelden, Heemskerk niet gevonden.' }],
  },
  'kwijtschelding.aanslag.eenpersoons': {
    description: 'Kwijtschelding: afvalstoffenheffing plus rioolheffing (basistarief) van een eenpersoonshuishouden per jaar, de belasting die kwijtgescholden kan worden',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-12-01',
    values: [
      {
        validFrom: '2024-01-01',
        value: 54492,
        sourceId: 'heemskerk.belastingtarieven2024',
        verified: false,
        note: '€ 332,28 + € 212,64 (2024). De tarieven van 2026 zijn niet gevonden; ze zijn waarschijnlijk hoger, dus "nee" alleen als ook een hogere aanslag betaald kan worden is niet gegarandeerd: vraag het na.',
      },
    ],
  },
  'kwijtschelding.aanslag.meerpersoons': {
    description: 'Kwijtschelding: afvalstoffenheffing plus rioolheffing (basistarief) van een meerpersoonshuishouden per jaar',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-12-01',
    values: [{ validFrom: '2024-01-01', value: 63036, sourceId: 'heemskerk.belastingtarieven2024', verified: false, note: '€ 417,72 + € 212,64 (2024); de tarieven van 2026 zijn niet gevonden.' }],
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
  'wsnp.looptijd': {
    description: 'Wsnp: zo lang duurt de wettelijke schuldsanering gewoonlijk',
    unit: 'maanden',
    lastCheckedOn: '2026-11-24',
    values: [
      {
        validFrom: '2023-07-01',
        value: 18,
        sourceId: 'wsnp',
        verified: false,
        note: 'Drie secundaire bronnen stemmen overeen (was 36 maanden); de rechter-commissaris kan het verlengen.',
      },
    ],
  },
  // The national toeslagen, 2026 (national-figures.md §5–7). Secondary sources only: verified: false.
  'zorgtoeslag.minimumleeftijd': {
    description: 'Zorgtoeslag: vanaf deze leeftijd kan iemand het aanvragen',
    unit: 'jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 18, sourceId: 'zorgtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 18, sourceId: 'zorgtoeslag.2026' },
    ],
  },
  'zorgtoeslag.standaardpremie': {
    description: 'Zorgtoeslag: standaardpremie per verzekerde per jaar',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 211900, sourceId: 'zorgtoeslag.2026', verified: false, note: 'Regeling vaststelling standaardpremie 2026 (BWBR0051838), via twee secundaire bronnen.' },
      { ...DOORGETROKKEN_2027, value: 211900, sourceId: 'zorgtoeslag.2026' },
    ],
  },
  'zorgtoeslag.drempelinkomen': {
    description: 'Zorgtoeslag: drempelinkomen per jaar (108% van 12 × het minimumloon van januari)',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 2973600, sourceId: 'zorgtoeslag.2026', verified: false, note: '108% × 12 × € 2.294,40 = € 29.735,42; gepubliceerd als € 29.736.' },
      {
        ...DOORGETROKKEN_2027,
        value: 2973600,
        sourceId: 'zorgtoeslag.2026',
        note:
          'De begroting 2027 impliceert ongeveer € 30.910 (gelijk aan de KGB-drempel 2027), maar standaardpremie en percentages 2027 ' +
          'zijn niet bekend; die drempel met de premie van 2026 zou de toeslag verlagen terwijl de raming stijgt. Dus alle 2026-bedragen aangehouden.',
      },
    ],
  },
  'zorgtoeslag.normpremie.alleenstaande': {
    description: 'Zorgtoeslag: normpremie zonder toeslagpartner, als percentage van het drempelinkomen',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 1.912, sourceId: 'zorgtoeslag.2026', verified: false, note: 'Besluit percentages drempel- en toetsingsinkomen zorgtoeslag, wijziging 2026 (Stcrt. 2025, 42977).' },
      { ...DOORGETROKKEN_2027, value: 1.912, sourceId: 'zorgtoeslag.2026' },
    ],
  },
  'zorgtoeslag.normpremie.partner': {
    description: 'Zorgtoeslag: normpremie met toeslagpartner, als percentage van het drempelinkomen',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 4.289, sourceId: 'zorgtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 4.289, sourceId: 'zorgtoeslag.2026' },
    ],
  },
  'zorgtoeslag.afbouw': {
    description: 'Zorgtoeslag: percentage van het toetsingsinkomen boven het drempelinkomen dat bij de normpremie komt',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 13.73, sourceId: 'zorgtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 13.73, sourceId: 'zorgtoeslag.2026' },
    ],
  },
  'zorgtoeslag.maximumInkomen.alleenstaande': {
    description: 'Zorgtoeslag: hoogste toetsingsinkomen per jaar zonder toeslagpartner',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      {
        ...Y_2026,
        value: 4085700,
        sourceId: 'zorgtoeslag.2026',
        verified: false,
        note: 'Belastingdienst 2026: € 40.857. Volgt ook uit de formule: bij € 40.857 is de toeslag € 23,54, afgerond € 24 (Awir art. 14); bij € 40.858 afgerond € 23.',
      },
      { ...DOORGETROKKEN_2027, value: 4085700, sourceId: 'zorgtoeslag.2026' },
    ],
  },
  'zorgtoeslag.maximumInkomen.partner': {
    description: 'Zorgtoeslag: hoogste gezamenlijke toetsingsinkomen per jaar met toeslagpartner',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 5114200, sourceId: 'zorgtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 5114200, sourceId: 'zorgtoeslag.2026' },
    ],
  },
  'toeslagen.minimumBedrag': {
    description: 'Toeslagen (Awir): een toeslag van minder dan dit bedrag per jaar wordt niet betaald',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      {
        validFrom: '2026-01-01',
        value: 2400,
        sourceId: 'awir.art14',
        verified: true,
        note:
          'Awir art. 14 lid 4 (tekst gelezen in MinBZK/regelrecht, versie 2025-01-01): eerst afronden op hele euro\'s, dan pas de € 24-toets. ' +
          'Een vast bedrag in de wet zelf, niet geïndexeerd: het verandert alleen met een wetswijziging, dus geen jaargrens. ' +
          'Geldt voor elke toeslag van de Awir (zorgtoeslag, huurtoeslag, kindgebonden budget, kinderopvangtoeslag).',
      },
    ],
  },
  'toeslagen.vermogensgrens.alleenstaande': {
    description: 'Vermogensgrens zorgtoeslag en kindgebonden budget op 1 januari, zonder toeslagpartner',
    unit: 'eurocent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 14601100, sourceId: 'awir.vermogen', verified: false, note: '2025: € 141.896.' },
      { ...Y_2027, value: 11912200, sourceId: 'szw.begroting2027', verified: false },
    ],
  },
  'toeslagen.vermogensgrens.partner': {
    description: 'Vermogensgrens zorgtoeslag en kindgebonden budget op 1 januari, met toeslagpartner samen',
    unit: 'eurocent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 18463300, sourceId: 'awir.vermogen', verified: false, note: '2025: € 179.429.' },
      { ...Y_2027, value: 15874800, sourceId: 'szw.begroting2027', verified: false },
    ],
  },
  // Loonheffing 2026 (loonheffing-2026.md §1): only to estimate a gross yearly income from the net
  // monthly income when the inhabitant does not know it (household/brutoUitNetto.ts).
  'loonheffing.schijf1.grens': {
    description: 'Loonheffing: eerste schijf tot dit bruto jaarloon',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 3888300, sourceId: 'normenbrief.2026-01-01', verified: true, note: 'Normenbrief bijlage VI; ook de witte tabel (L2) en de nota van wijziging 36 812 nr. 18.' },
      { ...DOORGETROKKEN_2027, value: 3888300, sourceId: 'normenbrief.2026-01-01' },
    ],
  },
  'loonheffing.schijf1.tarief': {
    description: 'Loonheffing: tarief eerste schijf onder de AOW-leeftijd (belasting en premies volksverzekeringen)',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 35.75, sourceId: 'normenbrief.2026-01-01', verified: true, note: 'Na de nota van wijziging 36 812 nr. 18; 35,70 is het ontwerp en fout.' },
      { ...DOORGETROKKEN_2027, value: 35.75, sourceId: 'normenbrief.2026-01-01' },
    ],
  },
  'loonheffing.schijf1.tariefAow': {
    description: 'Loonheffing: tarief eerste schijf vanaf de AOW-leeftijd (zonder AOW-premie van 17,90%)',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 17.85, sourceId: 'normenbrief.2026-01-01', verified: true, note: 'Voor wie geboren is op of na 1-1-1946; wie eerder geboren is, heeft een langere eerste schijf (niet toegepast).' },
      { ...DOORGETROKKEN_2027, value: 17.85, sourceId: 'normenbrief.2026-01-01' },
    ],
  },
  'loonheffing.schijf2.grens': {
    description: 'Loonheffing: tweede schijf tot dit bruto jaarloon, daarboven het toptarief',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 7842600, sourceId: 'loonheffing.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 7842600, sourceId: 'loonheffing.2026' },
    ],
  },
  'loonheffing.schijf2.tarief': {
    description: 'Loonheffing: tarief tweede schijf',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 37.56, sourceId: 'loonheffing.2026', verified: false, note: 'Rekenvoorschriften versie 2 verbeterde het naar 37,56%.' },
      { ...DOORGETROKKEN_2027, value: 37.56, sourceId: 'loonheffing.2026' },
    ],
  },
  'loonheffing.schijf3.tarief': {
    description: 'Loonheffing: toptarief',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 49.5, sourceId: 'loonheffing.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 49.5, sourceId: 'loonheffing.2026' },
    ],
  },
  'loonheffing.ahk.maximum': {
    description: 'Algemene heffingskorting: hoogste bedrag per jaar, onder de AOW-leeftijd',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 311500, sourceId: 'normenbrief.2026-01-01', verified: true },
      { ...DOORGETROKKEN_2027, value: 311500, sourceId: 'normenbrief.2026-01-01' },
    ],
  },
  'loonheffing.ahk.afbouwVanaf': {
    description: 'Algemene heffingskorting: wordt lager boven dit jaarinkomen',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 2973600, sourceId: 'loonheffing.2026', verified: false, note: 'LH 209 uitgave 3: het volle bedrag geldt tot en met € 29.736.' },
      { ...DOORGETROKKEN_2027, value: 2973600, sourceId: 'loonheffing.2026' },
    ],
  },
  'loonheffing.ahk.afbouw': {
    description: 'Algemene heffingskorting: zoveel procent van het inkomen boven de afbouwgrens gaat eraf, onder de AOW-leeftijd',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 6.398, sourceId: 'loonheffing.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 6.398, sourceId: 'loonheffing.2026' },
    ],
  },
  'loonheffing.arbeidskorting.knik1': {
    description: 'Arbeidskorting: eerste knikpunt (jaarloon)',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 1196500, sourceId: 'loonheffing.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 1196500, sourceId: 'loonheffing.2026' },
    ],
  },
  'loonheffing.arbeidskorting.knik2': {
    description: 'Arbeidskorting: tweede knikpunt (jaarloon)',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 2584500, sourceId: 'loonheffing.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 2584500, sourceId: 'loonheffing.2026' },
    ],
  },
  'loonheffing.arbeidskorting.knik3': {
    description: 'Arbeidskorting: derde knikpunt (jaarloon); daarboven wordt de korting lager',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 4559200, sourceId: 'loonheffing.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 4559200, sourceId: 'loonheffing.2026' },
    ],
  },
  'loonheffing.arbeidskorting.percentage1': {
    description: 'Arbeidskorting: percentage van het loon tot het eerste knikpunt, onder de AOW-leeftijd',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 8.324, sourceId: 'loonheffing.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 8.324, sourceId: 'loonheffing.2026' },
    ],
  },
  'loonheffing.arbeidskorting.percentage2': {
    description: 'Arbeidskorting: percentage van het loon tussen het eerste en tweede knikpunt, onder de AOW-leeftijd',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 31.009, sourceId: 'loonheffing.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 31.009, sourceId: 'loonheffing.2026' },
    ],
  },
  'loonheffing.arbeidskorting.percentage3': {
    description: 'Arbeidskorting: percentage van het loon tussen het tweede en derde knikpunt, onder de AOW-leeftijd',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 1.95, sourceId: 'loonheffing.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 1.95, sourceId: 'loonheffing.2026' },
    ],
  },
  'loonheffing.arbeidskorting.basis2': {
    description: 'Arbeidskorting: bedrag op het eerste knikpunt, onder de AOW-leeftijd',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 99600, sourceId: 'loonheffing.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 99600, sourceId: 'loonheffing.2026' },
    ],
  },
  'loonheffing.arbeidskorting.basis3': {
    description: 'Arbeidskorting: bedrag op het tweede knikpunt, onder de AOW-leeftijd',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 530000, sourceId: 'loonheffing.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 530000, sourceId: 'loonheffing.2026' },
    ],
  },
  'loonheffing.arbeidskorting.maximum': {
    description: 'Arbeidskorting: hoogste bedrag, op het derde knikpunt, onder de AOW-leeftijd',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 568500, sourceId: 'loonheffing.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 568500, sourceId: 'loonheffing.2026' },
    ],
  },
  'loonheffing.arbeidskorting.afbouw': {
    description: 'Arbeidskorting: zoveel procent van het loon boven het derde knikpunt gaat eraf (nul vanaf € 132.920)',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 6.51, sourceId: 'loonheffing.2026', verified: false, note: '€ 132.290 in de eerste uitgaven van LH 209 was een drukfout.' },
      { ...DOORGETROKKEN_2027, value: 6.51, sourceId: 'loonheffing.2026' },
    ],
  },
  'loonheffing.zvw.bijdrage': {
    description: 'Inkomensafhankelijke bijdrage Zvw die op AOW en pensioen wordt ingehouden (bij loon, WW en bijstand betaalt de werkgever of uitkeringsinstantie)',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 4.85, sourceId: 'normenbrief.2026-01-01', verified: true, note: 'Normenbrief bijlage VI (G); de werkgeversheffing van 6,10% wordt niet ingehouden.' },
      { ...DOORGETROKKEN_2027, value: 4.85, sourceId: 'normenbrief.2026-01-01' },
    ],
  },
  'vakantiegeld.loon': {
    description: 'Vakantiebijslag van werknemers: ten minste dit percentage van het bruto loon, meestal in mei',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 8, sourceId: 'wml.vakantiebijslag', verified: false, note: 'Minimum; sommige werkgevers betalen meer, of elke maand.' },
      { ...DOORGETROKKEN_2027, value: 8, sourceId: 'wml.vakantiebijslag' },
    ],
  },
  'vakantiegeld.uitkering': {
    description: 'Vakantiegeld bij WW, WIA en andere UWV-uitkeringen: percentage van de bruto uitkering, in mei',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 8, sourceId: 'uwv.vakantiegeld', verified: true },
      { ...DOORGETROKKEN_2027, value: 8, sourceId: 'uwv.vakantiegeld' },
    ],
  },
  'aow.bruto.alleenstaande': {
    description: 'Volledige AOW voor een alleenstaande, bruto per maand zonder vakantiegeld',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...H1_2026, value: 163757, sourceId: 'svb.aow2026', verified: false },
      { ...H2_2026, value: 166216, sourceId: 'svb.aow2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 166216, sourceId: 'svb.aow2026' },
    ],
  },
  'aow.bruto.partner': {
    description: 'Volledige AOW per partner (gehuwden of samenwonenden), bruto per maand zonder vakantiegeld',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...H1_2026, value: 112212, sourceId: 'svb.aow2026', verified: false },
      { ...H2_2026, value: 113939, sourceId: 'svb.aow2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 113939, sourceId: 'svb.aow2026' },
    ],
  },
  'aow.vakantiegeld.alleenstaande': {
    description: 'Vakantiegeld bij een volledige AOW voor een alleenstaande, bruto per maand (opgebouwd per maand, betaald in mei)',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...H1_2026, value: 10655, sourceId: 'svb.aow2026', verified: false, note: '6,51% van de bruto AOW; het percentage staat in de normenbrief, bijlage IV.' },
      { ...H2_2026, value: 10478, sourceId: 'svb.aow2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 10478, sourceId: 'svb.aow2026' },
    ],
  },
  'aow.vakantiegeld.partner': {
    description: 'Vakantiegeld bij een volledige AOW per partner, bruto per maand (opgebouwd per maand, betaald in mei)',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...H1_2026, value: 7610, sourceId: 'svb.aow2026', verified: false, note: '6,78% van de bruto AOW; het percentage staat in de normenbrief, bijlage IV.' },
      { ...H2_2026, value: 7485, sourceId: 'svb.aow2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 7485, sourceId: 'svb.aow2026' },
    ],
  },
  'toeslagen.schattingsmarge': {
    description: 'Ligt een geschat toetsingsinkomen binnen dit percentage van een inkomensgrens, dan zegt de check "dat weten wij niet"',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [
      {
        validFrom: '2026-01-01',
        value: 10,
        sourceId: 'aanname.toetsingsinkomen',
        verified: false,
        note:
          'Aanname. De schatting volgt de loonheffing 2026 per soort inkomen (loonheffing-2026.md §2–3), maar weet niet: meer of minder ' +
          'vakantiegeld dan 8%, een 13e maand, twee werkgevers of een tweede uitkering zonder heffingskorting, hoe een paar het inkomen ' +
          'verdeelt, aftrekposten en box 2/3 (§5). Die maken het meestal enkele procenten, soms meer dan 10% anders.',
      },
    ],
  },
  'huurtoeslag.minimumleeftijd': {
    description: 'Huurtoeslag: vanaf deze leeftijd kan iemand het aanvragen',
    unit: 'jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 18, sourceId: 'huurtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 18, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.leeftijdVolledigeHuur': {
    description: 'Huurtoeslag: is de oudste in huis jonger dan deze leeftijd (en zijn er geen kinderen), dan telt de huur alleen tot de huurgrens voor jongeren',
    unit: 'jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 21, sourceId: 'huurtoeslag.2026', verified: false, note: 'Per 1-1-2026 verlaagd van 23 naar 21 jaar.' },
      { ...DOORGETROKKEN_2027, value: 21, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.maximaleHuurgrens': {
    description: 'Huurtoeslag: kale huur per maand boven dit bedrag telt niet mee (21 jaar en ouder)',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 93293, sourceId: 'huurtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 93293, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.huurgrensJongeren': {
    description: 'Huurtoeslag: kale huur per maand boven dit bedrag telt niet mee als iedereen in huis 18 tot en met 20 jaar is',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 49820, sourceId: 'huurtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 49820, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.kwaliteitskortingsgrens': {
    description: 'Huurtoeslag: tot deze huur per maand wordt het deel boven de basishuur helemaal vergoed',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 49820, sourceId: 'huurtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 49820, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.aftoppingsgrens.totPersonen': {
    description: 'Huurtoeslag: de lage aftoppingsgrens geldt voor huishoudens tot en met dit aantal personen',
    unit: 'aantal',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 2, sourceId: 'huurtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 2, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.aftoppingsgrens.eenOfTwee': {
    description: 'Huurtoeslag: aftoppingsgrens per maand voor een huishouden van 1 of 2 personen',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 71302, sourceId: 'huurtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 71302, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.aftoppingsgrens.drieOfMeer': {
    description: 'Huurtoeslag: aftoppingsgrens per maand voor een huishouden van 3 of meer personen',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 76414, sourceId: 'huurtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 76414, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.basishuur.eenpersoons': {
    description: 'Huurtoeslag: basishuur per maand die een eenpersoonshuishouden altijd zelf betaalt',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 20252, sourceId: 'huurtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 20252, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.basishuur.meerpersoons': {
    description: 'Huurtoeslag: basishuur per maand die een meerpersoonshuishouden altijd zelf betaalt',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 20071, sourceId: 'huurtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 20071, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.inkomensijkpunt.eenpersoons': {
    description: 'Huurtoeslag: boven dit toetsingsinkomen per jaar wordt de toeslag van een eenpersoonshuishouden lager',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 2342500, sourceId: 'huurtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 2342500, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.inkomensijkpunt.meerpersoons': {
    description: 'Huurtoeslag: boven dit toetsingsinkomen per jaar wordt de toeslag van een meerpersoonshuishouden lager',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 3150000, sourceId: 'huurtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 3150000, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.afbouw.eenpersoons': {
    description: 'Huurtoeslag: percentage van het inkomen boven het ijkpunt (gedeeld door 12) dat per maand van de toeslag af gaat, eenpersoonshuishouden',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 27, sourceId: 'huurtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 27, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.afbouw.meerpersoons': {
    description: 'Huurtoeslag: percentage van het inkomen boven het ijkpunt (gedeeld door 12) dat per maand van de toeslag af gaat, meerpersoonshuishouden',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 22, sourceId: 'huurtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 22, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.vergoeding.totKwaliteitskortingsgrens': {
    description: 'Huurtoeslag: vergoed deel van de huur tussen basishuur en kwaliteitskortingsgrens',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 100, sourceId: 'huurtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 100, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.vergoeding.totAftoppingsgrens': {
    description: 'Huurtoeslag: vergoed deel van de huur tussen kwaliteitskortingsgrens en aftoppingsgrens',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 65, sourceId: 'huurtoeslag.2026', verified: false },
      { ...DOORGETROKKEN_2027, value: 65, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.vergoeding.totHuurgrens': {
    description: 'Huurtoeslag: vergoed deel van de huur tussen aftoppingsgrens en maximale huurgrens',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 40, sourceId: 'huurtoeslag.2026', verified: false, note: 'Vanaf 2026 voor alle huishoudens, volgens de secundaire bronnen.' },
      { ...DOORGETROKKEN_2027, value: 40, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.vermogensgrens.alleenstaande': {
    description: 'Huurtoeslag: vermogensgrens op 1 januari zonder toeslagpartner',
    unit: 'eurocent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 3847900, sourceId: 'huurtoeslag.2026', verified: false, note: 'Plus € 38.479 per medebewoner; 2025: € 37.395.' },
      { ...DOORGETROKKEN_2027, value: 3847900, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'huurtoeslag.vermogensgrens.partner': {
    description: 'Huurtoeslag: vermogensgrens op 1 januari met toeslagpartner samen',
    unit: 'eurocent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 7695800, sourceId: 'huurtoeslag.2026', verified: false, note: '2025: € 74.790.' },
      { ...DOORGETROKKEN_2027, value: 7695800, sourceId: 'huurtoeslag.2026' },
    ],
  },
  'kindgebondenBudget.perKind': {
    description: 'Kindgebonden budget: bedrag per jaar voor elk kind jonger dan 18',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 258000, sourceId: 'kindgebondenBudget.2026', verified: false, note: 'Twee codebestanden die de rekenvoorbeelden van de PDF nadoen; een derde gebruikt nog 2025-bedragen.' },
      { ...Y_2027, value: 265300, sourceId: 'szw.begroting2027', verified: false },
    ],
  },
  'kindgebondenBudget.leeftijdEersteVerhoging': {
    description: 'Kindgebonden budget: vanaf deze leeftijd van het kind komt er een verhoging bij',
    unit: 'jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 12, sourceId: 'kindgebondenBudget.2026', verified: false },
      { ...Y_2027, value: 12, sourceId: 'szw.begroting2027', verified: false },
    ],
  },
  'kindgebondenBudget.leeftijdTweedeVerhoging': {
    description: 'Kindgebonden budget: vanaf deze leeftijd van het kind geldt de hogere verhoging',
    unit: 'jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 16, sourceId: 'kindgebondenBudget.2026', verified: false },
      { ...Y_2027, value: 16, sourceId: 'szw.begroting2027', verified: false },
    ],
  },
  'kindgebondenBudget.verhoging12tot15': {
    description: 'Kindgebonden budget: verhoging per jaar voor elk kind van 12 tot en met 15 jaar',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 72400, sourceId: 'kindgebondenBudget.2026', verified: false },
      { ...Y_2027, value: 72900, sourceId: 'szw.begroting2027', verified: false },
    ],
  },
  'kindgebondenBudget.verhoging16en17': {
    description: 'Kindgebonden budget: verhoging per jaar voor elk kind van 16 of 17 jaar',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 96400, sourceId: 'kindgebondenBudget.2026', verified: false },
      { ...Y_2027, value: 97600, sourceId: 'szw.begroting2027', verified: false },
    ],
  },
  'kindgebondenBudget.alleenstaandeOuderkop': {
    description: 'Kindgebonden budget: extra bedrag per jaar voor een ouder zonder toeslagpartner',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 341600, sourceId: 'kindgebondenBudget.2026', verified: false, note: 'De tabel van Dienst Toeslagen: alleenstaande ouder, 1 kind € 5.996 = € 2.580 + € 3.416.' },
      { ...Y_2027, value: 350500, sourceId: 'szw.begroting2027', verified: false },
    ],
  },
  'kindgebondenBudget.drempel.alleenstaande': {
    description: 'Kindgebonden budget: boven dit toetsingsinkomen per jaar wordt het lager, zonder toeslagpartner',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 2973600, sourceId: 'kindgebondenBudget.2026', verified: false },
      { ...Y_2027, value: 3091000, sourceId: 'szw.begroting2027', verified: false },
    ],
  },
  'kindgebondenBudget.drempel.partner': {
    description: 'Kindgebonden budget: boven dit gezamenlijke toetsingsinkomen per jaar wordt het lager, met toeslagpartner',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 3914100, sourceId: 'kindgebondenBudget.2026', verified: false },
      { ...Y_2027, value: 4056000, sourceId: 'szw.begroting2027', verified: false },
    ],
  },
  'kindgebondenBudget.afbouw': {
    description: 'Kindgebonden budget: percentage van het toetsingsinkomen boven de drempel dat er per jaar af gaat',
    unit: 'procent',
    lastCheckedOn: '2026-11-24',
    values: [
      { ...Y_2026, value: 7.6, sourceId: 'kindgebondenBudget.2026', verified: false },
      { ...Y_2027, value: 8.05, sourceId: 'szw.begroting2027', verified: false },
    ],
  },
  'kindgebondenBudget.knikpunt': {
    description: 'Kindgebonden budget: boven dit toetsingsinkomen per jaar gaat er een hoger percentage af (tweede knikpunt, met en zonder partner)',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-12-01',
    values: [
      {
        ...Y_2027,
        value: 6191700,
        sourceId: 'szw.begroting2027',
        verified: false,
        note: 'Nota van wijziging 36 923, nr. 5: € 57.950 in prijspeil 2024, € 61.917 in bedragen 2027 (begroting p. 143). Het wetsvoorstel noemde € 60.000.',
      },
    ],
  },
  'kindgebondenBudget.afbouwBovenKnikpunt': {
    description: 'Kindgebonden budget: percentage van het toetsingsinkomen boven het tweede knikpunt dat er per jaar af gaat',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [{ ...Y_2027, value: 9.95, sourceId: 'szw.begroting2027', verified: false, note: 'Begroting p. 143: "€ 9,95 per € 100 boven het tweede knikpunt"; in 2028 12,8%.' }],
  },
  // Participatiewet in balans, in force on 1-1-2027. Read in the consolidated text of BWBR0015703
  // (MinBZK/regelrecht 32718bd4, articles with inwerking="2027-01-01"), so verified.
  'vrijlatingArbeid.percentage': {
    description: 'Art. 34a lid 1 a PW: dit deel van de inkomsten uit arbeid per maand kan het college buiten de verrekening laten (onder de AOW-leeftijd)',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [{ validFrom: '2027-01-01', value: 15, sourceId: 'participatiewet.art34a', verified: true }],
  },
  'vrijlatingArbeid.maanden': {
    description: 'Art. 34a lid 1 a PW: zo lang, aaneengesloten, hoogstens; daarna kan het college verlengen (lid 2)',
    unit: 'maanden',
    lastCheckedOn: '2026-12-01',
    values: [{ validFrom: '2027-01-01', value: 12, sourceId: 'participatiewet.art34a', verified: true }],
  },
  'vrijlatingArbeid.percentageAow': {
    description: 'Dit deel van de inkomsten uit arbeid per maand telt niet mee vanaf de AOW-leeftijd (2026: art. 31 lid 2 n PW; 2027: art. 34a lid 1 c PW)',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 25, sourceId: 'participatiewet.art31', verified: true },
      { validFrom: '2027-01-01', value: 25, sourceId: 'participatiewet.art34a', verified: true },
    ],
  },
  'vrijlatingArbeid.maximumAow': {
    description: 'Hoogstens dit bedrag per maand telt niet mee vanaf de AOW-leeftijd (2026: art. 31 lid 2 n PW; 2027: art. 34a lid 1 c PW)',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...H1_2026, value: 28500, sourceId: 'participatiewet.art31', verified: true },
      {
        ...H2_2026,
        value: 28900,
        sourceId: 'participatiewet.art31',
        verified: false,
        note: 'Geïndexeerd met het minimumloon (art. 38 lid 4); alleen uit een afgeleide van de wettekst 1-7-2026 (national-figures S3, P*).',
      },
      {
        validFrom: '2027-01-01',
        value: 22600,
        sourceId: 'participatiewet.art34a',
        verified: true,
        note: 'Bedrag zoals in Stb. 2025, 312; of art. 38 het indexeert is niet gevonden. In 2026 was het (art. 31 lid 2 n) 25% tot € 285.',
      },
    ],
  },
  // Issue 20: the vrijlating for someone who is medisch urenbeperkt (art. 6b PW). 2026: art. 31 lid
  // 2 y, 15% up to a maximum; from 2027 art. 34a lid 1 b, 15% with no maximum and no time limit.
  'vrijlatingArbeid.medischUrenbeperkt.percentage': {
    description: 'Dit deel van de inkomsten uit arbeid van wie medisch urenbeperkt is, telt niet mee voor de bijstand (2026: art. 31 lid 2 y; vanaf 2027: art. 34a lid 1 b PW)',
    unit: 'procent',
    lastCheckedOn: '2026-12-01',
    values: [
      { ...Y_2026, value: 15, sourceId: 'participatiewet.art31lid2y', verified: true },
      { validFrom: '2027-01-01', value: 15, sourceId: 'participatiewet.art34a', verified: true, note: 'Art. 34a lid 1 b: zonder maximum en zonder termijn.' },
    ],
  },
  'vrijlatingArbeid.medischUrenbeperkt.maximum': {
    description: 'Art. 31 lid 2 y PW: hoogstens dit bedrag per maand telt niet mee; vanaf 2027 kent art. 34a lid 1 b geen maximum',
    unit: 'eurocent/maand',
    lastCheckedOn: '2026-12-01',
    vervaltNa: '2026-12-31',
    values: [
      { ...H1_2026, value: 18019, sourceId: 'participatiewet.art31lid2y', verified: true },
      { ...H2_2026, value: 18273, sourceId: 'bedragen.2026-07-01', verified: true, note: 'national-figures.md: € 182,73 per 1-7-2026 (S3, P*), geïndexeerd met het minimumloon (art. 38 lid 4).' },
    ],
  },
  'bufferbudget.maximum': {
    description: 'Art. 34b PW: hoogstens dit bufferbudget per kalenderjaar kan het college ambtshalve inzetten bij wisselende inkomsten uit arbeid',
    unit: 'eurocent/jaar',
    lastCheckedOn: '2026-12-01',
    values: [{ validFrom: '2027-01-01', value: 100000, sourceId: 'participatiewet.art34b', verified: true }],
  },
  'toeslagen.aanvraagtermijn': {
    description: 'Een toeslag over een jaar kan nog worden aangevraagd tot zoveel maanden na het einde van dat jaar (vóór 1 september van het jaar erna)',
    unit: 'maanden',
    lastCheckedOn: '2026-12-01',
    values: [{ validFrom: '2006-01-01', value: 8, sourceId: 'awir.art15', verified: false }],
  },
  'bijstand.terugwerkendeKracht': {
    description: 'Zo veel maanden terug vanaf de melding kan bijstand worden toegekend: geen, bijstand gaat in op de dag van de melding (art. 44 lid 1 PW)',
    unit: 'maanden',
    lastCheckedOn: '2026-12-01',
    values: [{ validFrom: '2015-01-01', value: 0, sourceId: 'participatiewet.art44', verified: false }],
  },
} as const satisfies Record<string, NormEntry>;

export type NormId = keyof typeof norms;
