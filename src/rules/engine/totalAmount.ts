/**
 * The headline total: what the likely schemes with a known amount add up to. "Can't tell" and the
 * municipal schemes (no verified Heemskerk amount) count nothing, so the total never promises more
 * than the rules can back.
 */
import type { Amount, Outcome } from './types';

export type Counted = Outcome & { amount: Amount };

export function totalAmount(outcomes: readonly Outcome[]): { perMaand: number; perJaar: number; estimated: boolean; counted: Counted[] } {
  const counted = outcomes.filter((o): o is Counted => o.verdict === 'likely' && o.amount !== undefined);
  return {
    perMaand: counted.reduce((sum, o) => sum + o.amount.perMaand, 0),
    perJaar: counted.reduce((sum, o) => sum + o.amount.perJaar, 0),
    estimated: counted.some((o) => o.amount.estimated),
    counted,
  };
}
