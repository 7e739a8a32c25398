import { describe, expect, it } from 'vitest';
import { gezinMetTweeKinderen } from '../../../tests/fixtures/households';
import { evaluate } from './evaluate';
import { totalAmount } from './totalAmount';
import type { Outcome } from './types';

const PEILDATUM = '2026-07-01';

const outcome = (verdict: Outcome['verdict'], perMaand?: number, estimated = false): Outcome => ({
  schemeId: 'x',
  kind: 'regeling',
  verdict,
  reasons: [],
  missingFacts: [],
  normsUsed: [],
  unverified: false,
  provisional: [],
  peildatum: PEILDATUM,
  ...(perMaand === undefined ? {} : { amount: { perMaand, perJaar: perMaand * 12, steps: [], estimated } }),
});

describe('totalAmount', () => {
  it('adds up only the likely schemes that have an amount', () => {
    const total = totalAmount([outcome('likely', 17500), outcome('likely', 41000, true), outcome('unknown', 9900), outcome('likely')]);
    expect(total).toMatchObject({ perMaand: 58500, perJaar: 702000, estimated: true });
    expect(total.counted).toHaveLength(2);
  });

  it('is zero, with nothing counted, when no likely scheme has an amount', () => {
    expect(totalAmount([outcome('unknown', 9900), outcome('likely')])).toEqual({ perMaand: 0, perJaar: 0, estimated: false, counted: [], leftOut: [] });
  });

  it('counts no municipal scheme for a real household (no Heemskerk amount is verified)', () => {
    const { counted } = totalAmount(evaluate(gezinMetTweeKinderen, PEILDATUM));
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.map((o) => o.schemeId)).not.toContain('collectieveZorgverzekering');
  });
});
