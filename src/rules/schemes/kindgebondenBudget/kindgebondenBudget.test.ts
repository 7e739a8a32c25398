import { describe, expect, it } from 'vitest';
import { type SchemeCase, alleenstaande, alleenstaandeOuder, byName, context, expectCase, metInkomen, metKinderen, norm, paar } from '../../../../tests/fixtures/rules';
import { bedragen, bruto, brutoOnbekend, euro, outcomeOf, stepsOf } from '../../../../tests/fixtures/toeslagen';
import { inkomensgrens } from '../../engine/toeslag';
import type { Household } from '../../household/household';
import { berekenKindgebondenBudget, kindgebondenBudget } from './kindgebondenBudget';

const INKOMEN = 'schemes.kindgebondenBudget.reasons.inkomen';
const STEPS = 'amounts.steps.kindgebondenBudget';
const ouder = (...leeftijden: number[]): Household => metKinderen(alleenstaande(35), ...leeftijden);
const stel = (...leeftijden: number[]): Household => metKinderen(paar(40, 38), ...leeftijden);

// The worked examples are data: examples.yaml, run by ../examples.test.ts.

describe('kindgebonden budget: worked examples on 1 July 2026', () => {
  it('explains the Dienst Toeslagen example step by step', () => {
    expect(stepsOf(kindgebondenBudget, bruto(stel(5, 8), 45000))).toEqual([
      { key: 'amounts.steps.toetsingsinkomen', params: { inkomen: { money: euro(45000) } } },
      { key: `${STEPS}.perKind`, params: { aantal: 2, perKind: { money: euro(2580) }, bedrag: { money: euro(5160) } } },
      { key: `${STEPS}.vermindering`, params: { drempel: { money: euro(39141) }, boven: { money: euro(5859) }, percentage: { percent: 7.6 }, bedrag: { money: 44528 } } },
      { key: `${STEPS}.uitkomst`, params: { maximum: { money: euro(5160) }, vermindering: { money: 44528 }, perJaar: { money: euro(4715) } } },
      { key: 'amounts.steps.perMaand', params: { perMaand: { money: euro(392) } } },
    ]);
  });
});

describe('kindgebonden budget: thresholds, with figures from getNorm', () => {
  const perKind = norm('kindgebondenBudget.perKind');
  const vanaf12 = norm('kindgebondenBudget.leeftijdEersteVerhoging');
  const vanaf16 = norm('kindgebondenBudget.leeftijdTweedeVerhoging');
  const verhoging12 = norm('kindgebondenBudget.verhoging12tot15');
  const verhoging16 = norm('kindgebondenBudget.verhoging16en17');
  const drempelPartner = norm('kindgebondenBudget.drempel.partner');
  const drempelAlleen = norm('kindgebondenBudget.drempel.alleenstaande');
  const ouderkop = norm('kindgebondenBudget.alleenstaandeOuderkop');
  const afbouw = norm('kindgebondenBudget.afbouw');
  const maximum = (h: Household) => bedragen(kindgebondenBudget, { ...h, toetsingsinkomen: 0 }).perJaar;

  it.each([
    ['just under 12', vanaf12 - 1, perKind],
    ['exactly 12', vanaf12, perKind + verhoging12],
    ['15, one year under the second raise', vanaf16 - 1, perKind + verhoging12],
    ['exactly 16', vanaf16, perKind + verhoging16],
    ['17', vanaf16 + 1, perKind + verhoging16],
  ] as const)('a couple with one child aged %s gets the matching amount', (_, leeftijd, perJaar) => {
    expect(maximum(stel(leeftijd))).toBe(perJaar);
  });

  it('a single parent gets the alleenstaande-ouderkop on top; a couple does not', () => {
    expect(maximum(ouder(8)) - maximum(stel(8))).toBe(ouderkop);
  });

  it.each([
    ['a couple', stel(8), drempelPartner],
    ['a single parent', ouder(8), drempelAlleen],
  ] as const)('%s: nothing comes off up to the drempel, 7,6% of the income above it', (_, household, drempel) => {
    const keysAt = (inkomen: number) => stepsOf(kindgebondenBudget, { ...household, toetsingsinkomen: inkomen }).map((s) => s.key);
    expect(keysAt(drempel - 1)).toContain(`${STEPS}.onderDrempel`);
    expect(keysAt(drempel)).toContain(`${STEPS}.onderDrempel`);
    expect(keysAt(drempel + 1)).toContain(`${STEPS}.vermindering`);
    expect(bedragen(kindgebondenBudget, { ...household, toetsingsinkomen: drempel + euro(1000) }).perJaar).toBe(maximum(household) - euro(76));
  });

  it('a single parent with one child gets something up to about € 108.335, where 7,6% of the excess eats € 5.973,50 and € 23,50 is left, rounded to the € 24 minimum (Awir art. 14)', () => {
    const household = ouder(8);
    const grens = inkomensgrens(berekenKindgebondenBudget, household, context())!;
    const verwacht = drempelAlleen + ((perKind + ouderkop - (norm('toeslagen.minimumBedrag') - 50)) * 100) / afbouw;
    expect(Math.abs(grens - verwacht)).toBeLessThan(100);
    expectCase(kindgebondenBudget, { name: '', household: { ...household, toetsingsinkomen: grens }, verdict: 'likely', key: `${INKOMEN}.pass`, params: { grens: { money: grens } }, unverified: true });
    expectCase(kindgebondenBudget, { name: '', household: { ...household, toetsingsinkomen: grens + 1 }, verdict: 'unlikely', key: `${INKOMEN}.fail`, params: { grens: { money: grens } } });
  });

  const cases: SchemeCase[] = [
    { name: 'someone without children is unlikely', household: bruto(alleenstaande(), 20000), verdict: 'unlikely', key: 'schemes.kindgebondenBudget.reasons.kinderen.fail', params: { aantal: 0 } },
    { name: 'a single parent with a low income is likely', household: bruto(alleenstaandeOuder(), 20000), verdict: 'likely', key: `${INKOMEN}.pass`, unverified: true },
    {
      name: 'a couple with assets exactly at € 184.633 is likely',
      household: { ...bruto(stel(8), 20000), vermogen: norm('toeslagen.vermogensgrens.partner') },
      verdict: 'likely',
      key: 'reasons.vermogen.pass',
      unverified: true,
    },
    {
      name: 'a couple with assets one cent above € 184.633 is unlikely',
      household: { ...bruto(stel(8), 20000), vermogen: norm('toeslagen.vermogensgrens.partner') + 1 },
      verdict: 'unlikely',
      key: 'reasons.vermogen.fail',
      params: { grens: { money: 18463300 } },
    },
    {
      name: 'a single parent with assets one cent above € 146.011 is unlikely',
      household: { ...bruto(ouder(8), 20000), vermogen: norm('toeslagen.vermogensgrens.alleenstaande') + 1 },
      verdict: 'unlikely',
      key: 'reasons.vermogen.fail',
      params: { grens: { money: 14601100 } },
    },
    {
      name: 'a parent who knows neither gross nor net income is unknown and asked for it',
      household: brutoOnbekend(metInkomen(ouder(8), null)),
      verdict: 'unknown',
      key: `${INKOMEN}.unknown`,
      missing: ['inkomen'],
      unverified: true,
    },
  ];
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(kindgebondenBudget, c);
  });
});

/**
 * 2027: the budget figures (SZW-begroting 2027 p. 143 and tabel 107, via figures-2027.md §7,
 * confidence D): € 2.653 per child, ouderkop € 3.505, drempels € 30.910 / € 40.560, afbouw 8,05%
 * up to the knikpunt of € 61.917 and 9,95% above it. Hand-worked; they change when the definitive
 * 2027 figures replace the budget's.
 */
describe('kindgebonden budget 2027: the two-band afbouw (Wet op het kindgebonden budget art. 2, begroting 2027)', () => {
  const IN_2027 = '2027-01-15';

  // 2 × 2.653 = 5.306 − (8,05% × 21.357 = 1.719,24 + 9,95% × 8.083 = 804,26) = 2.782,50 → € 2.783; 231,88 a month → € 231
  it('a couple with two children under 12 at € 70.000 gets € 2.783 a year, € 231 a month, by the two bands', () => {
    const household = bruto(stel(5, 8), 70000);
    expect(bedragen(kindgebondenBudget, household, IN_2027)).toEqual({ perJaar: euro(2783), perMaand: euro(231) });
    expect(stepsOf(kindgebondenBudget, household, IN_2027)).toContainEqual({
      key: `${STEPS}.verminderingTweeBanden`,
      params: {
        drempel: { money: euro(40560) },
        knikpunt: { money: euro(61917) },
        percentage: { percent: 8.05 },
        eerste: { money: euro(1719.24) },
        boven: { money: euro(8083) },
        percentageBoven: { percent: 9.95 },
        tweede: { money: euro(804.26) },
        bedrag: { money: euro(2523.5) },
      },
    });
  });

  // 2026: 5.160 − 7,6% × 30.859 (2.345,28) = 2.814,72 → € 2.815; 234,56 a month → € 234
  it('the same couple on 1 July 2026 still gets the one-band 2026 amount, € 2.815 a year', () => {
    expect(bedragen(kindgebondenBudget, bruto(stel(5, 8), 70000))).toEqual({ perJaar: euro(2815), perMaand: euro(234) });
  });

  // 5.306 − 8,05% × 4.440 (357,42) = 4.948,58 → € 4.949; 412,38 a month → € 412
  it('below the knikpunt only the first band applies: the couple at € 45.000 gets € 4.949 a year', () => {
    const household = bruto(stel(5, 8), 45000);
    expect(bedragen(kindgebondenBudget, household, IN_2027)).toEqual({ perJaar: euro(4949), perMaand: euro(412) });
    expect(stepsOf(kindgebondenBudget, household, IN_2027).map((s) => s.key)).toContain(`${STEPS}.vermindering`);
  });

  it('a single parent with one child up to the drempel gets € 2.653 + € 3.505 = € 6.158 a year (figures-2027.md §7)', () => {
    expect(bedragen(kindgebondenBudget, bruto(ouder(8), 30910), IN_2027).perJaar).toBe(euro(6158));
  });

  it('at the knikpunt one band, one cent above it the second band starts', () => {
    const knikpunt = norm('kindgebondenBudget.knikpunt', IN_2027);
    const keys = (cents: number) => stepsOf(kindgebondenBudget, { ...stel(5, 8), toetsingsinkomen: cents }, IN_2027).map((s) => s.key);
    expect(keys(knikpunt)).toContain(`${STEPS}.vermindering`);
    expect(keys(knikpunt + 1)).toContain(`${STEPS}.verminderingTweeBanden`);
  });

  it('says the 2027 amounts are provisional (budget figures), and the 2026 ones are not', () => {
    const in2027 = outcomeOf(kindgebondenBudget, bruto(stel(5, 8), 70000), IN_2027);
    expect(in2027.provisional).toEqual(expect.arrayContaining(['kindgebondenBudget.perKind', 'kindgebondenBudget.knikpunt', 'kindgebondenBudget.afbouwBovenKnikpunt']));
    expect(in2027.normsUsed.find((n) => n.id === 'kindgebondenBudget.perKind')).toMatchObject({ provisional: 'draft', verified: false });
    expect(outcomeOf(kindgebondenBudget, bruto(stel(5, 8), 70000)).provisional).toEqual([]);
  });
});
