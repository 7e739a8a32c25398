/**
 * Properties of every amount the rules work out, over many generated households: never negative,
 * never higher with more income, and zero (absent) exactly where the verdict is "probably not".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PEILDATUM, context, neutraal } from '../../../tests/fixtures/rules';
import { WOONSITUATIES, type Household } from '../household/household';
import { netIncome } from '../household/netIncome';
import { algemeneBijstand } from '../schemes/algemeneBijstand/algemeneBijstand';
import { huurtoeslag } from '../schemes/huurtoeslag/huurtoeslag';
import { kindgebondenBudget } from '../schemes/kindgebondenBudget/kindgebondenBudget';
import { zorgtoeslag } from '../schemes/zorgtoeslag/zorgtoeslag';
import { evaluateScheme } from './evaluate';
import type { Scheme } from './types';

const RUNS = { numRuns: 300 };
const toeslagen: [string, Scheme][] = [
  ['zorgtoeslag', zorgtoeslag],
  ['huurtoeslag', huurtoeslag],
  ['kindgebondenBudget', kindgebondenBudget],
];
const metBedrag: [string, Scheme][] = [...toeslagen, ['algemeneBijstand', algemeneBijstand]];

const cents = (max: number) => fc.integer({ min: 0, max });
/** An answer that may be "I don't know" (null). */
const ofOnbekend = <T,>(arb: fc.Arbitrary<T>, known: boolean) => (known ? arb : fc.option(arb, { nil: null, freq: 5 }));

/** Households around the limits that matter: incomes up to € 100.000 a year, rents up to € 1.500. */
function household(known: boolean): fc.Arbitrary<Household> {
  return fc
    .record({
      leeftijd: fc.integer({ min: 16, max: 80 }),
      partner: fc.option(fc.integer({ min: 16, max: 80 }), { nil: null }),
      kinderen: fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 4 }),
      kostendelers: known ? fc.constant(0) : fc.integer({ min: 0, max: 2 }),
      werk: ofOnbekend(cents(400000), known),
      uitkering: ofOnbekend(cents(200000), known),
      toetsingsinkomen: ofOnbekend(cents(10_000_000), known),
      vermogen: ofOnbekend(cents(25_000_000), known),
      woonsituatie: known ? fc.constantFrom('huur', 'koop', 'inwonend') : fc.constantFrom(...WOONSITUATIES),
      huur: ofOnbekend(cents(150000), known),
      ontvangtBijstand: known ? fc.constant(false) : fc.boolean(),
      ondernemer: fc.boolean(),
      studiefinanciering: fc.boolean(),
    })
    .map((r) => ({
      ...neutraal,
      aanvrager: { leeftijd: r.leeftijd },
      partner: r.partner === null ? null : { leeftijd: r.partner },
      kinderen: r.kinderen.map((leeftijd) => ({ leeftijd })),
      kostendelers: r.kostendelers,
      inkomen: { werk: r.werk, uitkering: r.uitkering, pensioen: 0, overig: 0 },
      toetsingsinkomen: r.toetsingsinkomen,
      vermogen: r.vermogen,
      woonsituatie: r.woonsituatie,
      huurPerMaand: r.woonsituatie === 'huur' ? r.huur : 0,
      ontvangtBijstand: r.ontvangtBijstand,
      ondernemer: r.ondernemer,
      studiefinanciering: r.studiefinanciering,
    }));
}

const evaluated = (scheme: Scheme, h: Household) => evaluateScheme(scheme, h, PEILDATUM);
const perJaar = (scheme: Scheme, h: Household) => evaluated(scheme, h).amount?.perJaar ?? 0;
const perMaand = (scheme: Scheme, h: Household) => evaluated(scheme, h).amount?.perMaand ?? 0;

describe.each(metBedrag)('%s', (_, scheme) => {
  it('never works out a negative amount, and never shows an amount of zero', () => {
    fc.assert(
      fc.property(household(false), (h) => {
        const raw = scheme.amount!(h, context());
        if (raw) expect(Math.min(raw.perMaand, raw.perJaar)).toBeGreaterThanOrEqual(0);
        const amount = evaluated(scheme, h).amount;
        if (amount) expect(amount.perJaar).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('never has an amount where the verdict is unlikely', () => {
    fc.assert(
      fc.property(household(false), (h) => {
        const outcome = evaluated(scheme, h);
        if (outcome.verdict === 'unlikely') expect(outcome.amount).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('never gives more when the net income rises', () => {
    fc.assert(
      fc.property(household(false), cents(300000), (h, meer) => {
        fc.pre(netIncome(h) !== null);
        const hoger = { ...h, inkomen: { ...h.inkomen, overig: meer } };
        expect(perJaar(scheme, hoger)).toBeLessThanOrEqual(perJaar(scheme, h));
        expect(perMaand(scheme, hoger)).toBeLessThanOrEqual(perMaand(scheme, h));
      }),
      RUNS,
    );
  });
});

describe.each(toeslagen)('%s', (_, scheme) => {
  it('never gives more when the gross yearly income rises', () => {
    fc.assert(
      fc.property(household(true), cents(5_000_000), (h, meer) => {
        const hoger = { ...h, toetsingsinkomen: h.toetsingsinkomen! + meer };
        expect(perJaar(scheme, hoger)).toBeLessThanOrEqual(perJaar(scheme, h));
        expect(perMaand(scheme, hoger)).toBeLessThanOrEqual(perMaand(scheme, h));
      }),
      RUNS,
    );
  });

  it('has an amount above zero exactly where the verdict is not unlikely, when every answer is known', () => {
    fc.assert(
      fc.property(household(true), (h) => {
        const outcome = evaluated(scheme, h);
        expect(outcome.amount !== undefined).toBe(outcome.verdict !== 'unlikely');
      }),
      RUNS,
    );
  });
});

describe('algemeneBijstand', () => {
  it('has an amount where the verdict is likely and none where it is unlikely (a top-up of € 0 is unlikely, art. 11 PW)', () => {
    fc.assert(
      fc.property(household(true), (h) => {
        const outcome = evaluated(algemeneBijstand, h);
        if (outcome.verdict === 'likely') expect(outcome.amount).toBeDefined();
        if (outcome.verdict === 'unlikely') expect(outcome.amount).toBeUndefined();
      }),
      RUNS,
    );
  });
});
