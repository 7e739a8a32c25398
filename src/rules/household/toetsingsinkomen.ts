/**
 * Het toetsingsinkomen: the gross yearly income of the applicant and the toeslagpartner together
 * (Awir art. 8), which the national toeslagen test. Taken from the answer when the inhabitant knew
 * it; otherwise estimated from the net monthly income with the 2026 loonheffing rules per kind of
 * income (household/inkomensraming.ts), and marked as an estimate.
 *
 * ⚠️ The estimate is an assumption of this check, not a rule of the Belastingdienst, which only
 * works from gross amounts. Outcomes that rest on it are `estimated`, say that it may be off by
 * `toeslagen.schattingsmarge`, and a verdict within that margin of an income limit becomes "we
 * can't tell" (engine/toeslag.ts).
 */
import type { RuleContext } from '../engine/types';
import type { Household } from './household';
import { inkomensraming } from './inkomensraming';

export type Toetsingsinkomen =
  /** eurocents per year */
  | { bedrag: number; geschat: false }
  | { bedrag: number; geschat: true; nettoPerMaand: number; marge: number };

/** null when neither the gross income nor every part of the net income is known. */
export function toetsingsinkomen(household: Household, context: RuleContext): Toetsingsinkomen | null {
  if (household.toetsingsinkomen !== null) return { bedrag: household.toetsingsinkomen, geschat: false };
  const raming = inkomensraming(household, context);
  if (raming === null) return null;
  return { bedrag: raming.brutoPerJaar, geschat: true, nettoPerMaand: raming.netto, marge: context.norm('toeslagen.schattingsmarge').value };
}
