/** The ages and terms the texts name, from the norms on the peildatum (see textFigures.ts), and the questionnaire's age limits. */
import { getNorm, LIMITS, type NormId } from '../rules';

export function normFigures(peildatum: string) {
  const norm = (id: NormId) => getNorm(id, peildatum).value;
  return {
    /** Children are counted below this age (kinderbijslag, kindgebonden budget, the minimaregelingen). */
    meerderjarig: norm('leeftijd.meerderjarig'),
    /** IOAW: unemployed at this age or later. */
    ioawLeeftijd: norm('ioaw.leeftijdWerkloos'),
    /** IIT: years of low income before it can be granted (the norm is in months). */
    iitJaren: norm('iit.referteperiode') / 12,
    /** Debts not paid off within this many years are problematic (the norm is in months). */
    afbetaalJaren: norm('schuldhulp.afbetaaltermijn') / 12,
    /** How long the Wsnp usually lasts, in months. */
    wsnpMaanden: norm('wsnp.looptijd'),
    /** The ages the questionnaire accepts (household/limits.ts), named in its error messages. */
    minLeeftijd: LIMITS.leeftijdMinimum,
    maxLeeftijd: LIMITS.leeftijd,
    maxKindLeeftijd: LIMITS.leeftijdKind,
  };
}
