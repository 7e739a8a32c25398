/**
 * The headline total: what the likely schemes with a known amount add up to. "Can't tell" and the
 * municipal schemes (no verified Heemskerk amount) count nothing, so the total never promises more
 * than the rules can back. What the household already receives is not new money and is left out.
 */
import type { Amount, Outcome } from './types';

export type Counted = Outcome & { amount: Amount };

/**
 * `alOntvangen`: ids of the schemes the household already receives (see alOntvangen.ts); those
 * with an amount come back as `leftOut`, so the view can say they were not counted.
 */
export function totalAmount(
  outcomes: readonly Outcome[],
  alOntvangen: readonly string[] = [],
): { perMaand: number; perJaar: number; estimated: boolean; counted: Counted[]; leftOut: Counted[] } {
  const withAmount = outcomes.filter((o): o is Counted => o.verdict === 'likely' && o.amount !== undefined);
  const counted = withAmount.filter((o) => !alOntvangen.includes(o.schemeId));
  return {
    perMaand: counted.reduce((sum, o) => sum + o.amount.perMaand, 0),
    perJaar: counted.reduce((sum, o) => sum + o.amount.perJaar, 0),
    estimated: counted.some((o) => o.amount.estimated),
    counted,
    leftOut: withAmount.filter((o) => alOntvangen.includes(o.schemeId)),
  };
}
