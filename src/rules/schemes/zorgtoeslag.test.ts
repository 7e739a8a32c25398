import { describe, expect, it } from 'vitest';
import { PEILDATUM, type SchemeCase, alleenstaande, byName, context, expectCase, metInkomen, norm, paar, titled } from '../../../tests/fixtures/rules';
import { bedragen, bruto, brutoOnbekend, euro, stepKeysOf } from '../../../tests/fixtures/toeslagen';
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
  // 2.119 − 568,55 − 13,73% × 5.264 (722,75) = 827,70
  { name: 'a single person at € 35.000 gets € 828 a year, € 68 a month (derived)', household: single(35000), perJaar: euro(828), perMaand: euro(68) },
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

describe('zorgtoeslag: thresholds, with figures from getNorm', () => {
  const drempel = norm('zorgtoeslag.drempelinkomen');
  const premie = norm('zorgtoeslag.standaardpremie');
  const minimum = norm('zorgtoeslag.minimumBedrag');
  const afbouw = norm('zorgtoeslag.afbouw');
  /** The highest income at which the toeslag is still at least the minimum that is paid out. */
  const grensMinimum = (personen: number, normpremie: number) => drempel + Math.floor(((premie * personen - (drempel * normpremie) / 100 - minimum) * 100) / afbouw);
  const grensSingle = grensMinimum(1, norm('zorgtoeslag.normpremie.alleenstaande'));
  const grensCouple = grensMinimum(2, norm('zorgtoeslag.normpremie.partner'));
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
  it.each(titled(rond, (c) => `${c.wie} one cent above it is unlikely: under € 24 is not paid`))('%s', (_, { household, grens }) => {
    const h = { ...household, toetsingsinkomen: grens + 1 };
    expectCase(zorgtoeslag, { name: '', household: h, verdict: 'unlikely', key: `${INKOMEN}.fail`, params: { grens: { money: grens }, toetsingsinkomen: { money: grens + 1 } } });
    expect(berekenZorgtoeslag(h, context(), grens + 1)?.steps.map((s) => s.key)).toContain('amounts.steps.zorgtoeslag.onderMinimum');
  });

  it.each([
    ['a single person', alleenstaande(), 'zorgtoeslag.maximumInkomen.alleenstaande', 2353],
    ['a couple', paar(), 'zorgtoeslag.maximumInkomen.partner', 2358],
  ] as const)('%s exactly at the published maximum income gets nothing: the € 24 rule bites first (€ %i cents left)', (_, household, maximumId, cents) => {
    const maximum = norm(maximumId);
    const steps = berekenZorgtoeslag(household, context(), maximum)!.steps;
    expect(steps.at(-1)).toEqual({ key: 'amounts.steps.zorgtoeslag.onderMinimum', params: { bedrag: { money: cents }, minimum: { money: minimum } } });
    expect(bedragen(zorgtoeslag, { ...household, toetsingsinkomen: maximum }).perJaar).toBe(0);
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
      name: 'someone without a gross income but with € 1.500 net a month is likely, on an estimated income',
      household: brutoOnbekend(metInkomen(alleenstaande(), euro(1500))),
      verdict: 'likely',
      key: `${INKOMEN}.passGeschat`,
      params: { toetsingsinkomen: { money: euro(22500) } },
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
      params: { inkomen: { money: euro(22500) }, netto: { money: euro(1500) }, factor: { percent: 125 } },
    });
  });
});
