/**
 * The households the end-to-end tests fill in, as a person would type them (Dutch number styles
 * on purpose, both kinds). The same households as tests/fixtures/households.ts, in answers.
 */
import type { E2eHousehold } from './questionnaire';

export const alleenstaandeInBijstand: E2eHousehold = {
  heemskerk: true,
  leeftijd: 45,
  // What bijstand pays each month: the norm of € 1.419,46 without the 5% vakantietoeslag, paid in May.
  inkomen: { uitkering: '1.348,49' },
  bijstand: true,
  langLaagInkomen: true,
  vermogen: '1200',
  huur: '650',
};

/** 115% of the couple's bijstandsnorm on 1 July 2026 (€ 2.027,79 × 1,15). */
export const gezinOp115Procent: E2eHousehold = {
  heemskerk: true,
  leeftijd: 38,
  partnerLeeftijd: 36,
  kinderen: [7, 10],
  inkomen: { werk: '2331.96' },
  vermogen: '2.500',
  huur: '820,00',
};

export const zzperMetSchulden: E2eHousehold = {
  heemskerk: true,
  leeftijd: 52,
  ondernemer: true,
  inkomen: { werk: '1100' },
  vermogen: '300',
  huur: '700',
  achterstanden: 'Ja',
  schulden: 'Ja',
  hulp: 'Ja',
};
