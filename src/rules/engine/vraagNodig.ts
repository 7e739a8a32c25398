/**
 * "Does any rule need this fact?": what the questionnaire knows so far, before there is a whole
 * Household. The rules that need a fact say when they need it (`nodig…` next to each scheme), so
 * the questionnaire asks the rules instead of knowing them. An unknown age asks everything: only
 * a known fact may leave a question out.
 */
import { getNorm } from '../norms/getNorm';
import type { NormId } from '../norms/norms';

export type BekendeFeiten = {
  /** The applicant's age in whole years; null while not (validly) answered. */
  leeftijd: number | null;
  /** Has a business or works as a zzp'er; null while not answered. */
  ondernemer: boolean | null;
  /**
   * There is (or may be) work income: "work" is among the income sources. False: the sources were
   * answered without it; null or absent: not answered yet (the income step comes later).
   */
  werkinkomen?: boolean | null;
};

/** Below AOW age; true while the age is not known. */
export function onderAowOfOnbekend(bekend: BekendeFeiten, peildatum: string): boolean {
  return bekend.leeftijd === null || bekend.leeftijd < getNorm('leeftijd.aow', peildatum).value;
}

/** The age is from `van` up to (not including) `totNorm`; true while the age is not known. */
export function leeftijdTussen(bekend: BekendeFeiten, peildatum: string, van: NormId, tot: NormId): boolean {
  if (bekend.leeftijd === null) return true;
  return bekend.leeftijd >= getNorm(van, peildatum).value && bekend.leeftijd < getNorm(tot, peildatum).value;
}
