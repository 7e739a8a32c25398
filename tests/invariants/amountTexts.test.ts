/**
 * Every text the toeslagen and the amounts need exists in Dutch and English, and every placeholder
 * in it gets a value from the rules. Walks a spread of households through the schemes that have an
 * amount or live in toeslagen.json, and collects the keys of their reasons and calculation steps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScheme } from '../../src/rules/engine/evaluate';
import type { ReasonParams } from '../../src/rules/engine/types';
import { WOONSITUATIES, type Household } from '../../src/rules/household/household';
import { algemeneBijstand } from '../../src/rules/schemes/algemeneBijstand/algemeneBijstand';
import { huurtoeslag } from '../../src/rules/schemes/huurtoeslag/huurtoeslag';
import { kindgebondenBudget } from '../../src/rules/schemes/kindgebondenBudget/kindgebondenBudget';
import { kinderopvangtoeslag } from '../../src/rules/schemes/kinderopvangtoeslag/kinderopvangtoeslag';
import { zorgtoeslag } from '../../src/rules/schemes/zorgtoeslag/zorgtoeslag';
import { households } from '../fixtures/households';
import { TEXT_FIGURES } from '../fixtures/textFigures';
import { PEILDATUM, context, neutraal } from '../fixtures/rules';

const LOCALES = join(import.meta.dirname, '../../locales');
const NAMESPACES = ['translation', 'schemes', 'toeslagen'];
const schemes = [algemeneBijstand, zorgtoeslag, huurtoeslag, kindgebondenBudget, kinderopvangtoeslag];

function flatten(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key));
}

function texts(language: string): Map<string, string> {
  return new Map(
    NAMESPACES.flatMap((namespace) => {
      try {
        return flatten(JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8')));
      } catch {
        return [];
      }
    }),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]!);

/** Households that reach every branch: generated, plus the named fixtures. */
const generated: Household[] = fc.sample(
  fc
    .record({
      leeftijd: fc.integer({ min: 17, max: 70 }),
      partner: fc.option(fc.integer({ min: 18, max: 70 }), { nil: null }),
      kinderen: fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 3 }),
      kostendelers: fc.integer({ min: 0, max: 1 }),
      werk: fc.option(fc.integer({ min: 0, max: 400000 }), { nil: null }),
      toetsingsinkomen: fc.option(fc.integer({ min: 0, max: 9_000_000 }), { nil: null }),
      vermogen: fc.option(fc.integer({ min: 0, max: 25_000_000 }), { nil: null }),
      woonsituatie: fc.constantFrom(...WOONSITUATIES),
      huur: fc.option(fc.integer({ min: 0, max: 150000 }), { nil: null }),
      kinderopvang: fc.boolean(),
    })
    .map((r) => ({
      ...neutraal,
      aanvrager: { leeftijd: r.leeftijd },
      partner: r.partner === null ? null : { leeftijd: r.partner },
      kinderen: r.kinderen.map((leeftijd) => ({ leeftijd })),
      kostendelers: r.kostendelers,
      inkomen: { werk: r.werk, uitkering: 0, pensioen: 0, overig: 0 },
      toetsingsinkomen: r.toetsingsinkomen,
      vermogen: r.vermogen,
      woonsituatie: r.woonsituatie,
      huurPerMaand: r.woonsituatie === 'huur' ? r.huur : 0,
      kinderopvang: r.kinderopvang,
    })),
  { numRuns: 600, seed: 2026 },
);

const used = new Map<string, ReasonParams>();
for (const household of [...generated, ...Object.values(households)]) {
  for (const scheme of schemes) {
    const outcome = evaluateScheme(scheme, household, PEILDATUM);
    for (const reason of outcome.reasons) used.set(reason.key, reason.params);
    for (const step of outcome.amount?.steps ?? []) used.set(step.key, step.params);
  }
}
for (const scheme of schemes) {
  for (const condition of scheme.conditions) {
    const described = condition.describe?.(context());
    if (described) used.set(described.key, described.params ?? {});
  }
}

/** Texts the results view asks for by name, with the values it passes. */
const VIEW_TEXTS: Record<string, string[]> = {
  'amounts.total.title': [],
  'amounts.total.headline': ['perMaand', 'perJaar'],
  'amounts.total.item': ['perMaand'],
  'amounts.total.explain': [],
  'amounts.total.estimated': [],
  'amounts.perMaand': ['perMaand', 'perJaar'],
  'amounts.estimated': [],
  'amounts.notCounted': [],
  'amounts.howCalculated': [],
  'amounts.none.gemeente': [],
  'amounts.none.rijk': [],
  'amounts.none.organisatie': [],
  'amounts.none.unknown': [],
  'amounts.whatIf.meer.nettoPerMaand': ['bedrag'],
  'amounts.whatIf.meer.toetsingsinkomen': ['bedrag'],
  'amounts.whatIf.minder.nettoPerMaand': ['bedrag'],
  'amounts.whatIf.minder.toetsingsinkomen': ['bedrag'],
  'schemes.kinderopvangtoeslag.noAmount': [],
  'channels.dienstToeslagen.unverified': [],
};

describe.each(['nl', 'en'])('%s', (language) => {
  const all = texts(language);

  it('has every reason and calculation step the toeslagen and the bijstand top-up can give', () => {
    expect(used.size).toBeGreaterThan(60);
    expect([...used.keys()].filter((key) => !all.has(key))).toEqual([]);
  });

  it('gets a value for every placeholder in those texts', () => {
    // Terms (household types) are translated with the same values, so their placeholders count too.
    const missing = [...used].flatMap(([key, params]) => {
      const terms = Object.values(params).flatMap((p) => (typeof p === 'object' && 'term' in p ? [all.get(p.term) ?? ''] : []));
      return [all.get(key) ?? '', ...terms].flatMap((text) => placeholders(text).filter((name) => !(name in params) && !TEXT_FIGURES.has(name)).map((name) => `${key}: ${name}`));
    });
    expect(missing).toEqual([]);
  });

  it('has the texts of the amounts on the results page, with the placeholders the view fills', () => {
    const wrong = Object.entries(VIEW_TEXTS).filter(([key, names]) => !all.has(key) || placeholders(all.get(key)!).sort().join() !== [...names].sort().join());
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  // Names are Dutch in every language and live in the Dutch files only (tests/invariants/schemes.test.ts).
  it.each(schemes.map((s) => s.id))('explains and says how to apply for %s', (id) => {
    for (const part of ['summary', 'apply']) expect(all.has(`schemes.${id}.${part}`), `${id}.${part}`).toBe(true);
  });

  it('has the documents and channels the toeslagen point to', () => {
    for (const scheme of schemes) {
      for (const document of scheme.toBring) expect(all.has(`documents.${document}`), document).toBe(true);
      for (const channel of scheme.applyAt) expect(all.has(`channels.${channel}.label`) && all.has(`channels.${channel}.how`), channel).toBe(true);
    }
  });
});
