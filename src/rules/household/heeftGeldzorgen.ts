/**
 * Whether the household has money worries: debts or payment arrears ('ja'), neither ('nee'), or
 * we cannot tell (null, when one is unknown and the other is not 'ja').
 *
 * The debt-help offers that follow from either (beslagvrije voet, budgetbeheer) read it here, so
 * they agree with each other.
 */
import type { Household } from './household';

export function heeftGeldzorgen(household: Household): 'ja' | 'nee' | null {
  if (household.schulden === 'ja' || household.betalingsachterstanden === 'ja') return 'ja';
  if (household.schulden === 'nee' && household.betalingsachterstanden === 'nee') return 'nee';
  return null;
}
