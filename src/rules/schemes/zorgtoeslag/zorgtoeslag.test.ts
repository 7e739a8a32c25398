import { describe, expect, it } from 'vitest';
import { PEILDATUM, type SchemeCase, alleenstaande, byName, context, expectCase, metInkomen, metLoon, norm, paar, titled } from '../../../../tests/fixtures/rules';
import { bedragen, bruto, brutoOnbekend, euro, stepKeysOf } from '../../../../tests/fixtures/toeslagen';
import { inkomensgrens } from '../../engine/toeslag';
import { berekenZorgtoeslag, zorgtoeslag } from './zorgtoeslag';

const INKOMEN = 'schemes.zorgtoeslag.reasons.inkomen';
const single = (euros: number) => bruto(alleenstaande(), euros);
const couple = (euros: number) => bruto(paar(), euros);

/**
 * Worked examples on 1 July 2026 (the 2026 figures hold the whole calendar year). The maximum
 * amounts are published by Rijksoverheid (€ 1.550 / € 2.963 a year, € 129 / € 246 a month; via
 * national-figures.md §5, S10); the others are derived by hand from the §5 parameters:
 * toeslag = standaardpremie − (normpremie% × € 29.736 + 13,73% × income above € 29.736).
 */
const workedExamples = [
  { name: 'a single person at € 20.000 gets the maximum (Rijksoverheid table)', household: single(20000), perJaar: euro(1550), perMaand: euro(129) },
  { name: 'a couple at € 20.000 gets the maximum (Rijksoverheid table)', household: couple(20000), perJaar: euro(2963), perMaand: euro(246) },
  { name: 'a single person exactly at the drempelinkomen of € 29.736 still gets the maximum (derived)', household: single(29736), perJaar: euro(1550), perMaand: euro(129) },
  // 2.119 − 568,55 − 13,73% × 5.264 (722,75) = 827,70 → € 828 a year (Awir art. 14) → € 828 / 12 = € 69 a month
  { name: 'a single person at € 35.000 gets € 828 a year, € 69 a month (Rijksoverheid table)', household: single(35000), perJaar: euro(828), perMaand: euro(69) },
  // 4.238 − 1.275,38 − 13,73% × 15.264 (2.095,75) = 866,87
  { name: 'a couple at € 45.000 gets € 867 a year, € 72 a month (derived)', household: couple(45000), perJaar: euro(867), perMaand: euro(72) },
  // 4.238 − 1.275,38 − 13,73% × 6.264 (860,05) = 2.102,58: the couple with two children of the e2e test
  { name: 'a couple with two children at € 36.000 gets € 2.103 a year, € 175 a month (derived)', household: bruto(gezin(), 36000), perJaar: euro(2103), perMaand: euro(175) },
  { name: 'a single person at € 40.900, above the income limit of € 40.857, gets nothing', household: single(40900), perJaar: 0, perMaand: 0 },
];

function gezin() {
  return { ...paar(38, 36), kinderen: [{ leeftijd: 7 }, { leeftijd: 10 }] };
}

describe('zorgtoeslag: worked examples on 1 July 2026', () => {
  it.each(byName(workedExamples))('%s', (_, { household, perJaar, perMaand }) => {
    expect(bedragen(zorgtoeslag, household, PEILDATUM)).toEqual({ perJaar, perMaand });
  });

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
 * Awir art. 14 (amount rounded to whole euros, nothing under € 24): the whole table "Hoeveel
 * zorgtoeslag krijg ik?" for 2026, single, income per year → zorgtoeslag per month, as published by
 * Rijksoverheid/Dienst Toeslagen (quoted in full by metronieuws.nl, 24-11-2025, "Bron: Rijksoverheid"),
 * and the published income limits € 40.857 / € 51.142 (belastingdienst.nl, "Hoe hoog mag mijn
 * inkomen zijn voor zorgtoeslag?"). Hard-coded figures on purpose: they are the published ones.
 */
const PUBLISHED_TABLE_SINGLE_2026: readonly (readonly [inkomen: number, perMaand: number])[] = [
  [29500, 129], [30000, 126], [30500, 120], [31000, 114], [31500, 109], [32000, 103], [32500, 97], [33000, 91],
  [33500, 86], [34000, 80], [34500, 74], [35000, 69], [35500, 63], [36000, 57], [36500, 51], [37000, 46],
  [37500, 40], [38000, 34], [38500, 28], [39000, 23], [39500, 17], [40000, 11], [40500, 6], [41000, 0],
];

describe('zorgtoeslag, Awir art. 14: the published Belastingdienst 2026 table, to the euro', () => {
  it.each(PUBLISHED_TABLE_SINGLE_2026.map(([inkomen, perMaand]) => [inkomen, perMaand] as const))('a single person at € %i a year gets € %i a month', (inkomen, perMaand) => {
    const amount = bedragen(zorgtoeslag, single(inkomen), PEILDATUM);
    expect(amount.perMaand).toBe(euro(perMaand));
    // The monthly amount follows from the rounded yearly amount: they agree.
    expect(amount.perMaand).toBe(Math.floor(amount.perJaar / 1200) * 100);
  });

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
