/**
 * Properties of the rule engine over random valid households (tests/fixtures/householdArbitrary.ts,
 * generated from householdSchema itself), and of householdSchema on invalid input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { $ZodType } from 'zod/v4/core';
import { describe, expect, it } from 'vitest';
import { evaluate, householdSchema, schemes, VERDICTS, type Household } from '../../src/rules';
import { neutraal } from '../fixtures/households';
import { householdArbitrary, peildatumArbitrary } from '../fixtures/householdArbitrary';
import { elementOf, innerOf, kindOf, maxLength, numberLimits, shapeOf } from '../fixtures/zodSchemaShape';

const RUNS = { numRuns: 300 };

describe('evaluate, for any valid household on any date with figures', () => {
  it('the generator makes households that householdSchema accepts', () => {
    fc.assert(
      fc.property(householdArbitrary, (h) => {
        expect(householdSchema.safeParse(h).error?.issues ?? []).toEqual([]);
      }),
      RUNS,
    );
  });

  it('gives one outcome per scheme, in order, with a known verdict and reasons, without throwing', () => {
    fc.assert(
      fc.property(householdArbitrary, peildatumArbitrary, (h, peildatum) => {
        const outcomes = evaluate(h, peildatum);
        expect(outcomes.map((o) => o.schemeId)).toEqual(schemes.map((s) => s.id));
        for (const outcome of outcomes) {
          expect(VERDICTS).toContain(outcome.verdict);
          expect(outcome.peildatum).toBe(peildatum);
          for (const reason of outcome.reasons) expect(reason.key).toMatch(/^[\w.]+$/);
          // 'unknown' always says which answer it misses or which rule the municipality weighs.
          if (outcome.verdict === 'unknown') expect(outcome.reasons.some((r) => r.verdict === 'unknown')).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('more income never makes an income-tested scheme more likely', () => {
  // The schemes that use the shared "income up to a percentage of the bijstandsnorm" condition.
  const incomeTested = schemes.filter((scheme) => scheme.conditions.some((condition) => condition.id === 'inkomen')).map((s) => s.id);
  const PARTS = ['werk', 'uitkering', 'pensioen', 'overig'] as const;
  const MAX_CENTS = numberLimits(innerOf(householdSchema.shape.inkomen.shape.werk)).max;

  it('finds the income-tested schemes', () => {
    expect(incomeTested.length).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['turns an unlikely scheme into a likely one', 'unlikely', ['likely']],
    ['turns an unlikely or unknown scheme into a likely one', 'unknown', ['likely']],
  ] as const)('raising one part of the income never %s', (_, from, never) => {
    fc.assert(
      fc.property(householdArbitrary, peildatumArbitrary, fc.constantFrom(...PARTS), fc.integer({ min: 1, max: 300_000 }), (h, peildatum, part, raise) => {
        const before = h.inkomen[part];
        fc.pre(before !== null && before + raise <= MAX_CENTS);
        const richer: Household = { ...h, inkomen: { ...h.inkomen, [part]: before! + raise } };
        const was = new Map(evaluate(h, peildatum).map((o) => [o.schemeId, o.verdict]));
        for (const outcome of evaluate(richer, peildatum).filter((o) => incomeTested.includes(o.schemeId))) {
          const earlier = was.get(outcome.schemeId)!;
          const worse = from === 'unlikely' ? earlier === 'unlikely' : earlier !== 'likely';
          if (worse) expect((never as readonly string[]).includes(outcome.verdict), `${outcome.schemeId}: ${earlier} → ${outcome.verdict} after +${raise} cents ${part}`).toBe(false);
        }
      }),
      RUNS,
    );
  });
});

describe('more vermogen never makes an asset-tested scheme more likely', () => {
  it('raising the savings never turns an unlikely or unknown scheme into a likely one, nor an unlikely one into unknown', () => {
    fc.assert(
      fc.property(householdArbitrary, peildatumArbitrary, fc.integer({ min: 1, max: 5_000_000 }), (h, peildatum, raise) => {
        fc.pre(h.vermogen !== null && h.vermogen + raise <= 100_000_000);
        const was = new Map(evaluate(h, peildatum).map((o) => [o.schemeId, o.verdict]));
        for (const outcome of evaluate({ ...h, vermogen: h.vermogen! + raise }, peildatum)) {
          const earlier = was.get(outcome.schemeId)!;
          if (earlier !== 'likely') expect(outcome.verdict, `${outcome.schemeId}: ${earlier} → ${outcome.verdict} after +${raise} cents vermogen`).not.toBe('likely');
          if (earlier === 'unlikely') expect(outcome.verdict, `${outcome.schemeId}: unlikely → ${outcome.verdict}`).toBe('unlikely');
        }
      }),
      RUNS,
    );
  }, 60_000);
});

describe('who fills in the form does not matter: swapping applicant and partner', () => {
  // IOAW, IOAZ and Bbz ask about "you" (your business, your job lost at 50 or older), a fact of one
  // person that a swap would move to the other; with those answers "no" they must not depend on it either.
  const zonderPersoonlijkeFeiten = (h: Household): Household => ({ ...h, ondernemer: false, stoptMetBedrijf: false, werkloosNa50: 'nee' });
  const samenvatting = (h: Household, peildatum: string) =>
    evaluate(h, peildatum).map((o) => ({ scheme: o.schemeId, verdict: o.verdict, perMaand: o.amount?.perMaand, perJaar: o.amount?.perJaar }));

  it('never changes any verdict or amount, for every scheme (art. 36 lid 1 PW, art. 20 PW, the toeslagen)', () => {
    fc.assert(
      fc.property(householdArbitrary, peildatumArbitrary, (h, peildatum) => {
        fc.pre(h.partner !== null);
        const eerst = zonderPersoonlijkeFeiten(h);
        const omgedraaid = { ...eerst, aanvrager: eerst.partner!, partner: eerst.aanvrager };
        expect(samenvatting(omgedraaid, peildatum)).toEqual(samenvatting(eerst, peildatum));
      }),
      RUNS,
    );
  }, 60_000);

  it('a couple of 19 and 30 gets the individuele inkomenstoeslag whoever fills in (the minimum age of 21 is met by the partner)', () => {
    const h: Household = { ...neutraal, aanvrager: { leeftijd: 19 }, partner: { leeftijd: 30 } };
    const iit = (x: Household) => evaluate(x, '2026-07-01').find((o) => o.schemeId === 'individueleInkomenstoeslag')!.verdict;
    expect(iit(h)).toBe(iit({ ...h, aanvrager: { leeftijd: 30 }, partner: { leeftijd: 19 } }));
    expect(iit(h)).not.toBe('unlikely');
  });
});

describe('householdSchema refuses invalid input with messages every language has', () => {
  const languages = readdirSync('locales', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const translations = languages.map((language) => [language, JSON.parse(readFileSync(join('locales', language, 'translation.json'), 'utf8')) as unknown] as const);
  const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
  const missingIn = (key: string) => translations.filter(([, tree]) => typeof lookup(tree, key) !== 'string' || lookup(tree, key) === '').map(([language]) => language);

  it('reads every language', () => {
    expect(languages).toEqual(expect.arrayContaining(['nl', 'en']));
  });

  /** Every place in a household where a number or a list sits, with the schema that checks it. */
  function sites(value: unknown, schema: $ZodType, path: (string | number)[] = []): { path: (string | number)[]; schema: $ZodType }[] {
    switch (kindOf(schema)) {
      case 'nullable':
        return value === null ? [] : sites(value, innerOf(schema), path);
      case 'number':
        return [{ path, schema }];
      case 'object':
        return Object.entries(shapeOf(schema)).flatMap(([key, field]) => sites((value as Record<string, unknown>)[key], field, [...path, key]));
      case 'array':
        return [{ path, schema }, ...(value as unknown[]).flatMap((item, i) => sites(item, elementOf(schema), [...path, i]))];
      default:
        return [];
    }
  }

  function replaced(h: Household, path: (string | number)[], value: unknown): unknown {
    const copy = structuredClone(h) as unknown as Record<string | number, unknown>;
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, part) => node[part] as Record<string | number, unknown>, copy);
    parent[path.at(-1)!] = value;
    return copy;
  }

  /** A value the schema at this site refuses: out of range, not whole, not a number, or a list too long. */
  function invalidFor(site: { schema: $ZodType }, h: Household, path: (string | number)[]): fc.Arbitrary<unknown> {
    if (kindOf(site.schema) === 'array') {
      const max = maxLength(site.schema)!;
      const items = path.reduce<unknown>((node, part) => (node as Record<string | number, unknown>)[part], h) as unknown[];
      const filler = items[0] ?? { leeftijd: 1 };
      return fc.integer({ min: max + 1, max: max + 5 }).map((n) => Array.from({ length: n }, () => structuredClone(filler)));
    }
    const { min, max } = numberLimits(site.schema);
    return fc.oneof(
      fc.integer({ min: max + 1, max: max + 1_000_000 }),
      fc.integer({ min: min - 1_000_000, max: min - 1 }),
      fc.double({ min, max, noNaN: true, noInteger: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '12', '', true, undefined, {}, []),
      fc.string(),
    );
  }

  const mutation = householdArbitrary.chain((h) => {
    const all = sites(h, householdSchema);
    return fc.integer({ min: 0, max: all.length - 1 }).chain((i) => invalidFor(all[i]!, h, all[i]!.path).map((bad) => ({ path: all[i]!.path, input: replaced(h, all[i]!.path, bad), bad })));
  });

  it('an invalid number or a too long list anywhere is refused there, with a message key translated in every language', () => {
    fc.assert(
      fc.property(mutation, ({ path, input }) => {
        const result = householdSchema.safeParse(input);
        expect(result.success).toBe(false);
        for (const issue of result.error!.issues) {
          expect(issue.path, issue.message).toEqual(path);
          expect(issue.message).toMatch(/^errors\.\w+$/);
          expect(missingIn(issue.message), `${issue.message} is missing in`).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a wrong type for a yes/no, a choice or a group is refused with a message key too', () => {
    const wrong = [
      { ...neutraal, woontInHeemskerk: 'ja' },
      { ...neutraal, woonsituatie: 'tent' },
      { ...neutraal, aanvrager: 40 },
      { ...neutraal, kinderen: 'twee' },
      (({ ondernemer: _, ...rest }) => rest)(neutraal),
    ];
    for (const input of wrong) {
      for (const issue of householdSchema.safeParse(input).error!.issues) expect(missingIn(issue.message), issue.message).toEqual([]);
    }
  });
});
