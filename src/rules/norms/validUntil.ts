/**
 * What the first screen tells about the figures, as plain constants: it must not have to download
 * all the figures for that. tests/invariants/norms.test.ts fails when they differ from the norms
 * (`normsValidUntil()`, `provisionalFigures()`) and prints the value to paste here.
 */
import type { ProvisionalFigures } from './getNorm';

/** The last day every figure in norms.ts has a value. */
export const NORMS_VALID_UNTIL = '2027-12-31';

/** The figures that are not final yet, by group (translated as `provisional.groups.<group>`). */
export const PROVISIONAL_FIGURES: readonly ProvisionalFigures[] = [
  { group: 'bijstandsnorm', provisional: 'carriedForward', validFrom: '2027-01-01', validTo: '2027-12-31' },
  { group: 'ioaz', provisional: 'carriedForward', validFrom: '2027-01-01', validTo: '2027-12-31' },
  { group: 'bbz', provisional: 'carriedForward', validFrom: '2027-01-01', validTo: '2027-12-31' },
  { group: 'vermogensgrens', provisional: 'carriedForward', validFrom: '2027-01-01', validTo: '2027-12-31' },
  { group: 'zorgtoeslag', provisional: 'carriedForward', validFrom: '2027-01-01', validTo: '2027-12-31' },
  { group: 'toeslagen', provisional: 'draft', validFrom: '2027-01-01', validTo: '2027-12-31' },
  { group: 'loonheffing', provisional: 'carriedForward', validFrom: '2027-01-01', validTo: '2027-12-31' },
  { group: 'vakantiegeld', provisional: 'carriedForward', validFrom: '2027-01-01', validTo: '2027-12-31' },
  { group: 'aow', provisional: 'carriedForward', validFrom: '2027-01-01', validTo: '2027-12-31' },
  { group: 'huurtoeslag', provisional: 'carriedForward', validFrom: '2027-01-01', validTo: '2027-12-31' },
  { group: 'kindgebondenBudget', provisional: 'draft', validFrom: '2027-01-01', validTo: '2027-12-31' },
];
