import { describe, expect, it } from 'vitest';
import { addDays, figuresReport, MUST_COVER_DAYS } from './figuresReport';
import { normsValidUntil } from './getNorm';

/** Days taken from the norms: the last day of the figures, and 30 days before it. */
const LAST = normsValidUntil();
const FIRST_2027 = addDays('2026-12-31', 1);

describe('npm run figures: the yearly-update report', () => {
  it('passes on a day whose next 30 days all have figures', () => {
    expect(figuresReport(addDays(LAST, -MUST_COVER_DAYS)).problems).toEqual([]);
  });

  it('fails when a figure in force has no value for a day within the next 30 days, naming the figure and the day', () => {
    const { problems, lines } = figuresReport(addDays(LAST, -MUST_COVER_DAYS + 1));
    expect(problems).toContain(`bijstandsnorm.alleenstaande: no value on ${addDays(LAST, 1)} (in force today, needed for the next 30 days)`);
    expect(lines.at(-problems.length - 1)).toMatch(/^PROBLEMS/);
  });

  it('does not ask a figure of a law that has not started yet to go on (art. 34a before 2027)', () => {
    expect(figuresReport('2026-07-01').problems).toEqual([]);
  });

  it('lists every figure with its period, value, source, confidence and verified', () => {
    const { lines } = figuresReport(FIRST_2027);
    expect(lines).toContain('kindgebondenBudget.perKind (eurocent/jaar, checked 2026-11-24)');
    expect(lines.find((l) => l.includes('2027-01-01 – 2027-12-31') && l.includes('265300'))).toMatch(/▶ .*szw\.begroting2027 \[D, NOT verified, budget \(D\)\]/);
    expect(lines.find((l) => l.includes('141946') && l.includes('2027-01-01'))).toMatch(/\[P\*, NOT verified, carried forward\]/);
  });

  it('names the values that end within 60 days, and the provisional ones', () => {
    const { lines } = figuresReport(addDays(LAST, -50));
    expect(lines).toContain(`  bijstandsnorm.alleenstaande: ends ${LAST}`);
    expect(lines).toContain('  kindgebondenBudget.knikpunt: budget (D) 2027-01-01 – 2027-12-31');
    expect(lines).toContain('  zorgtoeslag.standaardpremie: carried forward 2027-01-01 – 2027-12-31');
  });
});
