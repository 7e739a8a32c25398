/**
 * Het toetsingsinkomen: the gross yearly income of the applicant and the toeslagpartner together
 * (Awir art. 8), which the national toeslagen test. Taken from the answer when the inhabitant knew
 * it; otherwise estimated from the net monthly income, and marked as an estimate.
 *
 * ⚠️ The estimate is an assumption of this check, not a rule of the Belastingdienst: net per month
 * × 12 × `toeslagen.brutoNettoFactor`. Why that factor, and how far off it can be, is in the norm's
 * note. Outcomes that rest on it are `estimated`, and a verdict within `toeslagen.schattingsmarge`
 * of an income limit becomes "we can't tell" (engine/toeslag.ts).
 */
import type { RuleContext } from '../engine/types';
import { MAANDEN_PER_JAAR, procentVan } from '../engine/money';
import type { Household } from './household';
import { netIncome } from './netIncome';

export type Toetsingsinkomen =
  /** eurocents per year */
  | { bedrag: number; geschat: false }
  | { bedrag: number; geschat: true; nettoPerMaand: number; factor: number };

/** null when neither the gross income nor every part of the net income is known. */
export function toetsingsinkomen(household: Household, context: RuleContext): Toetsingsinkomen | null {
  if (household.toetsingsinkomen !== null) return { bedrag: household.toetsingsinkomen, geschat: false };
  const nettoPerMaand = netIncome(household);
  if (nettoPerMaand === null) return null;
  const factor = context.norm('toeslagen.brutoNettoFactor').value;
  return { bedrag: Math.round(procentVan(nettoPerMaand * MAANDEN_PER_JAAR, factor)), geschat: true, nettoPerMaand, factor };
}
