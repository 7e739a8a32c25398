/**
 * Formulas that change by date, like OpenFisca's dated formulas: a scheme keeps one version per
 * period, and the peildatum picks the version in force, so the 2026 rules stay testable next to
 * 2027's. A version holds from its date (ISO, the key) until the next version's date.
 *
 *     const vermindering = dated({ '2026-01-01': eenBand, '2027-01-01': tweeBanden });
 *     vermindering(context.peildatum)(…)
 *
 * Before the first date there is no formula: that is a programming error (the norms would not be
 * in force either), so it throws rather than guessing.
 */
import type { Condition } from './types';

const BEGIN = '0000-01-01';

export type Versions<F> = Readonly<Record<string, F>>;

export function dated<F>(versions: Versions<F>): (peildatum: string) => F {
  // ISO dates sort as strings, latest first, so the first one not after the peildatum wins.
  const ordered = Object.entries(versions).sort(([a], [b]) => (a < b ? 1 : -1));
  return (peildatum) => {
    const found = ordered.find(([from]) => from <= peildatum);
    if (!found) throw new RangeError(`No formula in force on ${peildatum}`);
    return found[1];
  };
}

/**
 * A condition that exists in the law only from a date (a new article): before that date it gives
 * no reason at all.
 */
export function inForceFrom(from: string, condition: Condition): Condition {
  const version = dated<Condition['check']>({ [BEGIN]: () => null, [from]: condition.check });
  return { ...condition, check: (h, context) => version(context.peildatum)(h, context) };
}
