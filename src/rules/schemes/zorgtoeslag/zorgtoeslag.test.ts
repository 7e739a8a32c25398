import { describe, expect, it } from 'vitest';
import { type SchemeCase, alleenstaande, byName, context, expectCase, metInkomen, metLoon, norm, paar, titled } from '../../../../tests/fixtures/rules';
import { bedragen, bruto, brutoOnbekend, euro, stepKeysOf } from '../../../../tests/fixtures/toeslagen';
import { inkomensgrens } from '../../engine/toeslag';
import { berekenZorgtoeslag, zorgtoeslag } from './zorgtoeslag';

const INKOMEN = 'schemes.zorgtoeslag.reasons.inkomen';
const single = (euros: number) => bruto(alleenstaande(), euros);
const couple = (euros: number) => bruto(paar(), euros);

// The worked examples and the published 2026 table are data: examples.yaml, run by ../examples.test.ts.

describe('zorgtoeslag: the calculation explained', () => {
  it('explains the calculation of the couple at € 45.000 step by step', () => {
    expect(stepKeysOf(zorgtoeslag, couple(45000))).toEqual([
      'amounts.steps.toetsingsinkomen',
      'amounts.steps.zorgtoeslag.standaardpremiePartner',
      'amounts.steps.zorgtoeslag.normpremie',
      'amounts.steps.zorgtoeslag.afbouw',
      'amounts.steps.zorgtoeslag.uitkomst',
      'amounts.steps.perMaand',
    ]);
  });
});

/**
 * Awir art. 14 (amount rounded to whole euros, nothing under € 24): the published income limits
 * € 40.857 / € 51.142 (belastingdienst.nl, "Hoe hoog mag mijn inkomen zijn voor zorgtoeslag?").
 * The published table itself is in examples.yaml.
 */
describe('zorgtoeslag, Awir art. 14: the published Belastingdienst 2026 limits, to the euro', () => {
  it.each([
    ['a single person', 40857, single],
    ['a couple', 51142, couple],
  ] as const)('%s exactly at the published limit (€ %i) gets € 24 a year and is likely; one euro above gets nothing', (_, grens, wie) => {
    expect(bedragen(zorgtoeslag, wie(grens)).perJaar).toBe(euro(24));
    expectCase(zorgtoeslag, { name: '', household: wie(grens), verdict: 'likely', key: `${INKOMEN}.pass`, unverified: true });
    expect(bedragen(zorgtoeslag, wie(grens + 1)).perJaar).toBe(0);
    expectCase(zorgtoeslag, { name: '', household: wie(grens + 1), verdict: 'unlikely', key: `${INKOMEN}.fail` });
  });

  it('rounds the yearly amount first: a single person at € 40.857 has € 23,54, which is € 24 and so paid (the old code refused it)', () => {
    const steps = berekenZorgtoeslag(single(40857), context(), euro(40857))!.steps;
    expect(steps.find((s) => s.key === 'amounts.steps.zorgtoeslag.uitkomst')?.params).toMatchObject({ perJaar: { money: euro(24) } });
    expect(bedragen(zorgtoeslag, single(40857))).toEqual({ perJaar: euro(24), perMaand: euro(2) });
  });
});

describe('zorgtoeslag: thresholds, with figures from getNorm', () => {
  const drempel = norm('zorgtoeslag.drempelinkomen');
  const minimum = norm('toeslagen.minimumBedrag');
  // The last income that is paid (€ 24 a year after rounding, Awir art. 14) is the published maximum.
  const grensSingle = norm('zorgtoeslag.maximumInkomen.alleenstaande');
  const grensCouple = norm('zorgtoeslag.maximumInkomen.partner');
  const maxSingle = bedragen(zorgtoeslag, single(0)).perJaar;

  it.each([
    ['one cent below', -1, maxSingle],
    ['exactly at', 0, maxSingle],
  ] as const)('a single person %s the drempelinkomen gets the maximum, without afbouw', (_, delta, perJaar) => {
    const household = { ...alleenstaande(), toetsingsinkomen: drempel + delta };
    expect(bedragen(zorgtoeslag, household).perJaar).toBe(perJaar);
    expect(stepKeysOf(zorgtoeslag, household)).not.toContain('amounts.steps.zorgtoeslag.afbouw');
  });

  it('a single person one cent above the drempelinkomen starts to pay 13,73% of the excess herself', () => {
    expect(stepKeysOf(zorgtoeslag, { ...alleenstaande(), toetsingsinkomen: drempel + 1 })).toContain('amounts.steps.zorgtoeslag.afbouw');
  });

  it('a single person € 100 above the drempelinkomen pays 13,73% of it (€ 13,73) more herself: € 1.536,72 a year', () => {
    const household = { ...alleenstaande(), toetsingsinkomen: drempel + euro(100) };
    const afbouwStap = berekenZorgtoeslag(household, context(), drempel + euro(100))!.steps.find((s) => s.key === 'amounts.steps.zorgtoeslag.afbouw');
    expect(afbouwStap?.params).toMatchObject({ boven: { money: euro(100) }, bedrag: { money: 1373 } });
    expect(bedragen(zorgtoeslag, household).perJaar).toBe(euro(1537));
  });

  const rond = [
    { wie: 'a single person', household: alleenstaande(), grens: grensSingle },
    { wie: 'a couple', household: paar(), grens: grensCouple },
  ];
  it.each(titled(rond, (c) => `${c.wie} at the last income that leaves € 24 is likely and gets € 24 a year`))('%s', (_, { household, grens }) => {
    const outcome = expectCase(zorgtoeslag, { name: '', household: { ...household, toetsingsinkomen: grens }, verdict: 'likely', key: `${INKOMEN}.pass`, unverified: true });
    expect(outcome.amount?.perJaar).toBe(minimum);
  });
  it.each(titled(rond, (c) => `${c.wie} one cent above it is unlikely`))('%s', (_, { household, grens }) => {
    const h = { ...household, toetsingsinkomen: grens + 1 };
    expectCase(zorgtoeslag, { name: '', household: h, verdict: 'unlikely', key: `${INKOMEN}.fail`, params: { grens: { money: grens }, toetsingsinkomen: { money: grens + 1 } } });
  });

  it.each([
    ['a single person', alleenstaande(), 'zorgtoeslag.maximumInkomen.alleenstaande'],
    ['a couple', paar(), 'zorgtoeslag.maximumInkomen.partner'],
  ] as const)('%s: the limit found from the calculation is exactly the published maximum income', (_, household, maximumId) => {
    expect(inkomensgrens(berekenZorgtoeslag, household, context())).toBe(norm(maximumId));
  });

  it.each([
    ['a single person', alleenstaande(), 'zorgtoeslag.maximumInkomen.alleenstaande'],
    ['a couple', paar(), 'zorgtoeslag.maximumInkomen.partner'],
  ] as const)('%s one cent above the maximum income is told the income is too high', (_, household, maximumId) => {
    const maximum = norm(maximumId);
    expect(berekenZorgtoeslag(household, context(), maximum + 1)!.steps.at(-1)).toEqual({ key: 'amounts.steps.zorgtoeslag.bovenMaximum', params: { maximum: { money: maximum } } });
  });

  const vermogen: SchemeCase[] = [
    { name: 'a single person with assets exactly at € 146.011 is likely', household: { ...single(20000), vermogen: norm('toeslagen.vermogensgrens.alleenstaande') }, verdict: 'likely', key: 'reasons.vermogen.pass', unverified: true },
    {
      name: 'a single person with assets one cent above the limit is unlikely',
      household: { ...single(20000), vermogen: norm('toeslagen.vermogensgrens.alleenstaande') + 1 },
      verdict: 'unlikely',
      key: 'reasons.vermogen.fail',
      params: { grens: { money: 14601100 } },
    },
    { name: 'a couple with assets exactly at € 184.633 is likely', household: { ...couple(20000), vermogen: norm('toeslagen.vermogensgrens.partner') }, verdict: 'likely', key: 'reasons.vermogen.pass', unverified: true },
    {
      name: 'a couple with assets one cent above the limit is unlikely',
      household: { ...couple(20000), vermogen: norm('toeslagen.vermogensgrens.partner') + 1 },
      verdict: 'unlikely',
      key: 'reasons.vermogen.fail',
      params: { grens: { money: 18463300 } },
    },
    { name: 'a single person with unknown assets is unknown and asked for them', household: { ...single(20000), vermogen: null }, verdict: 'unknown', key: 'reasons.vermogen.unknown', missing: ['vermogen'], unverified: true },
    { name: 'a person of 17 is unlikely', household: bruto(alleenstaande(17), 0), verdict: 'unlikely', key: 'reasons.minimumLeeftijd.fail', params: { grens: 18 } },
    { name: 'a person of exactly 18 is likely', household: bruto(alleenstaande(18), 0), verdict: 'likely', key: 'reasons.minimumLeeftijd.pass', unverified: true },
    {
      name: 'someone who knows neither the gross nor the net income is unknown and asked for the income',
      household: brutoOnbekend(metInkomen(alleenstaande(), null)),
      verdict: 'unknown',
      key: `${INKOMEN}.unknown`,
      missing: ['inkomen'],
      unverified: true,
    },
    {
      name: 'someone without a gross income but with € 1.500 net a month in wages is likely, on an estimate with the loonheffing rules (about € 19.952)',
      household: brutoOnbekend(metLoon(alleenstaande(), euro(1500))),
      verdict: 'likely',
      key: `${INKOMEN}.passGeschat`,
      unverified: true,
    },
  ];
  it.each(byName(vermogen))('%s', (_, c) => {
    expectCase(zorgtoeslag, c);
  });

  it('an estimated amount is marked as estimated and explains the estimate first', () => {
    const household = brutoOnbekend(metInkomen(alleenstaande(), euro(1500)));
    const outcome = expectCase(zorgtoeslag, { name: '', household, verdict: 'likely', key: `${INKOMEN}.passGeschat`, unverified: true });
    expect(outcome.amount?.estimated).toBe(true);
    expect(outcome.amount?.steps[0]).toEqual({
      key: 'amounts.steps.toetsingsinkomenGeschat',
      params: { inkomen: { money: euro(18000) }, netto: { money: euro(1500) }, marge: { percent: norm('toeslagen.schattingsmarge') } },
    });
  });
});
