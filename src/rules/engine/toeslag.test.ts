/**
 * The parts all toeslagen share: the income limit found from the calculation, and the margin
 * around it when the income is only an estimate. Shown with the zorgtoeslag of a single person,
 * whose limit (the last income that leaves € 24) is € 40.853,60.
 */
import { describe, expect, it } from 'vitest';
import { alleenstaande, alleenstaandeOuder, context, expectCase, metInkomen, metKinderen, norm } from '../../../tests/fixtures/rules';
import { bedragen, euro, outcomeOf } from '../../../tests/fixtures/toeslagen';
import type { Household } from '../household/household';
import { toetsingsinkomen } from '../household/toetsingsinkomen';
import { berekenHuurtoeslag, huurtoeslag } from '../schemes/huurtoeslag/huurtoeslag';
import { berekenKindgebondenBudget, kindgebondenBudget } from '../schemes/kindgebondenBudget/kindgebondenBudget';
import { berekenZorgtoeslag, zorgtoeslag } from '../schemes/zorgtoeslag/zorgtoeslag';
import type { Scheme } from './types';
import { inkomensgrens, metAwirMinimum, type Berekening } from './toeslag';

const INKOMEN = 'schemes.zorgtoeslag.reasons.inkomen';
const grens = inkomensgrens(berekenZorgtoeslag, alleenstaande(), context())!;
const marge = norm('toeslagen.schattingsmarge');
/** The estimate the rules make from a net monthly income ("other income": taken as gross, no holiday pay). */
const schatting = (netto: number) => toetsingsinkomen(geschat(netto), context())!.bedrag;
/** The lowest net monthly income whose estimate is at least `bruto`. */
const nettoVoor = (bruto: number) => Math.ceil(bruto / 12);
const geschat = (netto: number): Household => ({ ...metInkomen(alleenstaande(), netto), toetsingsinkomen: null });

describe('inkomensgrens', () => {
  it('is the highest income with an amount: the published € 40.857 for a single person’s zorgtoeslag (Awir art. 14 rounding)', () => {
    expect(grens).toBe(4085700);
    expect(berekenZorgtoeslag(alleenstaande(), context(), grens)!.perJaar).toBeGreaterThan(0);
    expect(berekenZorgtoeslag(alleenstaande(), context(), grens + 1)!.perJaar).toBe(0);
  });
});

describe(`an estimated income within ${marge}% of the limit gives "we can't tell"`, () => {
  const onder = (grens * (100 - marge)) / 100;
  const boven = (grens * (100 + marge)) / 100;

  it('just under the margin the estimate is likely', () => {
    const netto = nettoVoor(onder) - 1;
    expect(schatting(netto)).toBeLessThan(onder);
    expectCase(zorgtoeslag, { name: '', household: geschat(netto), verdict: 'likely', key: `${INKOMEN}.passGeschat`, params: { grens: { money: grens } }, unverified: true });
  });

  it('at the lower edge of the margin it is unknown, with the margin in the reason', () => {
    const netto = nettoVoor(onder);
    expectCase(zorgtoeslag, { name: '', household: geschat(netto), verdict: 'unknown', key: `${INKOMEN}.marge`, params: { grens: { money: grens }, marge: { percent: marge } }, unverified: true });
  });

  it('an estimate exactly at the limit is unknown, and its amount is still shown as an estimate', () => {
    const netto = nettoVoor(grens - 20);
    const outcome = expectCase(zorgtoeslag, { name: '', household: geschat(netto), verdict: 'unknown', key: `${INKOMEN}.marge`, unverified: true });
    expect(outcome.amount?.estimated).toBe(true);
  });

  it('at the upper edge of the margin it is still unknown, without an amount (the estimate gives none)', () => {
    const netto = nettoVoor(boven) - 1;
    expect(schatting(netto)).toBeLessThanOrEqual(boven);
    const outcome = expectCase(zorgtoeslag, { name: '', household: geschat(netto), verdict: 'unknown', key: `${INKOMEN}.marge`, unverified: true });
    expect(outcome.amount).toBeUndefined();
  });

  it('just above the margin the estimate is unlikely', () => {
    const netto = nettoVoor(boven + 1);
    expectCase(zorgtoeslag, { name: '', household: geschat(netto), verdict: 'unlikely', key: `${INKOMEN}.failGeschat`, params: { grens: { money: grens } } });
  });

  it('a known income is never put in the margin: one cent under the limit is likely', () => {
    expectCase(zorgtoeslag, { name: '', household: { ...alleenstaande(), toetsingsinkomen: grens - 1 }, verdict: 'likely', key: `${INKOMEN}.pass`, unverified: true });
  });
});

/**
 * Awir art. 14 lid 5: a toeslag under € 24 a year (after rounding to whole euros, lid 4) is not
 * paid. The Awir covers every toeslag, so the minimum is applied under every calculation.
 */
describe('Awir art. 14 lid 5: no toeslag under € 24 a year, for every toeslag', () => {
  const vast = (perJaar: number): Berekening => () => ({ perJaar, perMaand: Math.floor(perJaar / 1200) * 100, steps: [{ key: 'amounts.steps.perMaand', params: {} }] });

  it.each([
    [23, 0, 0],
    [24, 24, 2],
    [25, 25, 2],
  ])('a calculated € %i a year is paid as € %i a year, € %i a month', (jaar, perJaar, perMaand) => {
    const uitkomst = metAwirMinimum(vast(euro(jaar)))(alleenstaande(), context(), 0)!;
    expect({ perJaar: uitkomst.perJaar, perMaand: uitkomst.perMaand }).toEqual({ perJaar: euro(perJaar), perMaand: euro(perMaand) });
  });

  it('a refused amount says why and has no monthly amount', () => {
    expect(metAwirMinimum(vast(euro(23)))(alleenstaande(), context(), 0)!.steps).toEqual([
      { key: 'amounts.steps.onderMinimum', params: { bedrag: { money: euro(23) }, minimum: { money: norm('toeslagen.minimumBedrag') } } },
    ]);
  });

  /** The lowest whole-euro income at which the calculation alone (without the minimum) gives `perJaar`. */
  const inkomenVoor = (bereken: Berekening, h: Household, perJaar: number): number => {
    for (let inkomen = 0; inkomen < euro(200000); inkomen += 100) {
      if (bereken(h, context(), inkomen)!.perJaar === perJaar) return inkomen;
    }
    throw new Error(`no income gives ${perJaar}`);
  };
  const op = (scheme: Scheme, h: Household, inkomen: number) => bedragen(scheme, { ...h, toetsingsinkomen: inkomen });

  const ouder = metKinderen(alleenstaandeOuder(), 8);
  it.each([
    [23, 0, 'unlikely'],
    [24, 24, 'likely'],
    [25, 25, 'likely'],
  ] as const)('kindgebonden budget: where the calculation leaves € %i a year, € %i is paid and the verdict is %s', (jaar, perJaar, verdict) => {
    const inkomen = inkomenVoor(berekenKindgebondenBudget, ouder, euro(jaar));
    expect(op(kindgebondenBudget, ouder, inkomen).perJaar).toBe(euro(perJaar));
    expect(outcomeOf(kindgebondenBudget, { ...ouder, toetsingsinkomen: inkomen }).verdict).toBe(verdict);
  });

  it('kindgebonden budget: the income limit is the last income that leaves € 24 a year', () => {
    const grens = inkomensgrens(berekenKindgebondenBudget, ouder, context())!;
    expect(op(kindgebondenBudget, ouder, grens).perJaar).toBeGreaterThanOrEqual(norm('toeslagen.minimumBedrag'));
    expect(op(kindgebondenBudget, ouder, grens + 1).perJaar).toBe(0);
  });

  // Huurtoeslag is worked out per month, so its year is a multiple of 12: € 1 a month (€ 12) is
  // under the minimum, € 2 a month (€ 24) is paid.
  const huurder: Household = { ...alleenstaande(), woonsituatie: 'huur', huurPerMaand: euro(500) };
  it.each([
    [1, 0],
    [2, 2],
  ])('huurtoeslag: where the calculation leaves € %i a month, € %i a month is paid', (maand, perMaand) => {
    const inkomen = inkomenVoor(berekenHuurtoeslag, huurder, euro(maand * 12));
    expect(op(huurtoeslag, huurder, inkomen)).toEqual({ perJaar: euro(perMaand * 12), perMaand: euro(perMaand) });
  });
});
