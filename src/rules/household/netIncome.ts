/**
 * The household's net income per month in eurocents, or null when any part is unknown.
 *
 * Kinderbijslag, kindgebonden budget and the toeslagen are not asked for and so never counted:
 * art. 31 lid 2 PW leaves them out of the middelen, and the minima schemes follow the bijstand.
 */
import type { Household } from './household';

export function netIncome(household: Household): number | null {
  let total = 0;
  for (const part of Object.values(household.inkomen)) {
    if (part === null) return null;
    total += part;
  }
  return total;
}
