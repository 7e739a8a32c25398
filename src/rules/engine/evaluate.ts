/**
 * Evaluates every scheme for one household on one peildatum.
 *
 * Combining the checks of a scheme: any 'fail' makes it unlikely; otherwise any 'unknown' makes it
 * "we can't tell: ask"; otherwise likely. The rules never read the clock: the caller passes the date.
 */
import type { Household } from '../household/household';
import { getNorm } from '../norms/getNorm';
import type { NormId } from '../norms/norms';
import { schemes as allSchemes } from '../schemes';
import type { CheckVerdict, Fact, NormUse, Outcome, Reason, RuleContext, Scheme, Verdict } from './types';

function combine(verdicts: readonly CheckVerdict[]): Verdict {
  if (verdicts.includes('fail')) return 'unlikely';
  if (verdicts.includes('unknown')) return 'unknown';
  return 'likely';
}

export function evaluateScheme(scheme: Scheme, household: Household, peildatum: string): Outcome {
  const used = new Map<NormId, NormUse>();
  const context: RuleContext = {
    peildatum,
    norm: (id) => {
      const norm = getNorm(id, peildatum);
      used.set(id, norm);
      return norm;
    },
  };
  const reasons: Reason[] = [];
  const missing = new Set<Fact>();
  for (const condition of scheme.conditions) {
    const result = condition.check(household, context);
    if (!result) continue;
    reasons.push({ key: result.key, params: result.params ?? {}, verdict: result.verdict, ...(result.minor ? { minor: true } : {}) });
    if (result.verdict === 'unknown') result.missing?.forEach((fact) => missing.add(fact));
  }
  const verdict = combine(reasons.map((r) => r.verdict));
  // No amount where the answer is "probably not", and none of zero: "nothing" is said by the verdict.
  const amount = verdict === 'unlikely' ? null : (scheme.amount?.(household, context) ?? null);
  const normsUsed = [...used.values()];
  return {
    schemeId: scheme.id,
    kind: scheme.kind,
    verdict,
    reasons,
    missingFacts: [...missing],
    normsUsed,
    // An unverified figure only matters when the verdict does not already say "no". A provisional
    // one is unverified by nature and has its own message ("not final yet"), so it is not counted twice.
    unverified: verdict !== 'unlikely' && normsUsed.some((n) => !n.verified && !n.provisional),
    provisional: normsUsed.filter((n) => n.provisional).map((n) => n.id),
    peildatum,
    ...(amount && amount.perJaar > 0 ? { amount } : {}),
  };
}

export function evaluate(household: Household, peildatum: string, schemes: readonly Scheme[] = allSchemes): Outcome[] {
  return schemes.map((scheme) => evaluateScheme(scheme, household, peildatum));
}
