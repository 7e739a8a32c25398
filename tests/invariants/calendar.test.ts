/**
 * The check works on every day the app has figures for, 2026 and 2027, never throwing; on a day
 * where a figure is provisional (a 2027 budget figure, or a 2026 figure carried forward) every
 * outcome that leans on it says so. The days come from the norms, not from the calendar.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, getNorm, normsValidUntil, schemes, type Household } from '../../src/rules';
import { households } from '../fixtures/households';

const DAY = 24 * 60 * 60 * 1000;
const FIRST = getNorm('bijstandsnorm.alleenstaande', '2026-01-01').validFrom;
const LAST = normsValidUntil();
const IN_2027 = getNorm('kindgebondenBudget.knikpunt', LAST).validFrom;

function days(from: string, to: string): string[] {
  const result: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += DAY) result.push(new Date(t).toISOString().slice(0, 10));
  return result;
}

const named = Object.entries(households) as [string, Household][];

describe(`evaluate on every day from ${FIRST} to ${LAST}`, () => {
  // One loop for both, as 730 days of every scheme take a while.
  it.each(named)('%s: one outcome per scheme on every day, never throwing, labelled provisional exactly when it uses a provisional figure', (_, household) => {
    for (const day of days(FIRST, LAST)) {
      const outcomes = evaluate(household, day);
      expect(outcomes.map((o) => o.schemeId), day).toEqual(schemes.map((s) => s.id));
      for (const outcome of outcomes) {
        expect(outcome.provisional, `${day} ${outcome.schemeId}`).toEqual(outcome.normsUsed.filter((n) => n.provisional).map((n) => n.id));
        if (day < IN_2027) expect(outcome.provisional, `${day} ${outcome.schemeId}`).toEqual([]);
      }
    }
  });

  // The schemes built on the bijstandsnorm or the toeslag figures all lean on a 2027 figure that is not final.
  it.each(named)('%s: in 2027 the bijstand, minima and toeslag outcomes carry the provisional label', (_, household) => {
    for (const outcome of evaluate(household, IN_2027)) {
      const usesNorm = outcome.normsUsed.some((n) => /^(bijstandsnorm|zorgtoeslag|huurtoeslag|kindgebondenBudget)\./.test(n.id));
      if (usesNorm) expect(outcome.provisional.length, outcome.schemeId).toBeGreaterThan(0);
    }
  });
});
