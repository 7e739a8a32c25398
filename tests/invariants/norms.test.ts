/**
 * Invariants of the figures in src/rules/norms/norms.ts, on the suite's day (TEST_TODAY, see
 * tests/fixtures/today.ts), never the real clock. Run the suite at the date of the next review
 * (`TEST_TODAY=2027-07-01 npm test`) to see which figures still need a value.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getNorm, normsValidUntil, provisionalFigures } from '../../src/rules/norms/getNorm';
import { normSchema } from '../../src/rules/norms/normSchema';
import { norms, sources, type NormId } from '../../src/rules/norms/norms';
import { NORMS_VALID_UNTIL, PROVISIONAL_FIGURES } from '../../src/rules/norms/validUntil';
import { schemes } from '../../src/rules/schemes';
import { TODAY } from '../fixtures/today';

const nl = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/nl/translation.json'), 'utf8')) as { provisional: { groups: Record<string, string> } };

const entries = Object.entries(norms) as [NormId, (typeof norms)[NormId]][];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

// The rules read most norms; a few (such as the kostendeler age) are shown in a question instead.
const appSource = sourceFiles(join(import.meta.dirname, '../../src'))
  .filter((path) => !path.endsWith(join('norms', 'norms.ts')))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

describe('norms', () => {
  it.each(entries)('%s has the shape of normSchema', (_, norm) => {
    expect(normSchema.safeParse(norm).error?.issues ?? []).toEqual([]);
  });

  it.each(entries)('%s has values sorted by validFrom that do not overlap', (_, norm) => {
    norm.values.forEach((value, i) => {
      if ('validTo' in value && value.validTo) expect(value.validTo >= value.validFrom).toBe(true);
      const next = norm.values[i + 1];
      if (!next) return;
      expect(next.validFrom > value.validFrom).toBe(true);
      expect('validTo' in value && value.validTo !== undefined && value.validTo < next.validFrom, `value ${i} runs into value ${i + 1}`).toBe(true);
    });
  });

  it.each(entries)('%s cites sources that exist', (_, norm) => {
    for (const value of norm.values) expect(Object.keys(sources)).toContain(value.sourceId);
  });

  // A figure of a new rule (art. 34a from 2027) only needs a value from its first day.
  it.each(entries)(`%s is in force on ${TODAY}, unless it starts later`, (id, norm) => {
    if (norm.values[0]!.validFrom > TODAY) return;
    expect(() => getNorm(id, TODAY)).not.toThrow();
  });

  it.each(entries)('%s: a budget (D) figure or a carried-forward one is never verified', (_, norm) => {
    for (const value of norm.values) {
      if (('carriedForward' in value && value.carriedForward) || sources[value.sourceId].confidence === 'D') expect(value.verified, value.validFrom).toBe(false);
    }
  });

  it.each(entries.filter(([, norm]) => norm.unit.startsWith('eurocent')))('%s, in eurocent, holds whole cents only', (_, norm) => {
    for (const value of norm.values) expect(Number.isInteger(value.value), `${value.value}`).toBe(true);
  });

  it.each(entries.map(([id]) => id))('%s is read somewhere in src', (id) => {
    expect(appSource).toContain(`'${id}'`);
  });

  it('are all valid until the end of 2027', () => {
    expect(normsValidUntil()).toBe('2027-12-31');
  });

  it('end on the date the first screen shows without loading them (validUntil.ts)', () => {
    expect(NORMS_VALID_UNTIL).toBe(normsValidUntil());
  });

  it('are provisional in the periods the footer names without loading them (validUntil.ts)', () => {
    expect(PROVISIONAL_FIGURES).toEqual(provisionalFigures());
  });

  it.each(provisionalFigures().map((p) => p.group))('provisional group %s has a name for the footer (provisional.groups)', (group) => {
    expect(nl.provisional.groups[group]).toBeTruthy();
  });
});

describe('sources', () => {
  const cited = new Set<string>([
    ...entries.flatMap(([, norm]) => norm.values.map((v) => v.sourceId)),
    ...schemes.flatMap((scheme) => [...scheme.sourceIds, ...scheme.conditions.map((c) => c.sourceId)]),
  ]);

  it.each(Object.keys(sources))('%s is cited by a norm or a scheme', (id) => {
    expect(cited.has(id)).toBe(true);
  });

  it.each(schemes.map((scheme) => [scheme.id, scheme] as const))('%s cites only sources that exist', (_, scheme) => {
    for (const id of [...scheme.sourceIds, ...scheme.conditions.map((c) => c.sourceId)]) expect(Object.keys(sources)).toContain(id);
  });
});
