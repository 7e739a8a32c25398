import { describe, expect, it } from 'vitest';
import { type SchemeCase, alleenstaande, byName, context, expectCase, metInkomen, metKinderen, norm, paar } from '../../../../tests/fixtures/rules';
import { bedragen, bruto, brutoOnbekend, euro, stepsOf } from '../../../../tests/fixtures/toeslagen';
import { inkomensgrens } from '../../engine/toeslag';
import type { Household } from '../../household/household';
import { berekenHuurtoeslag, huurtoeslag } from './huurtoeslag';

const INKOMEN = 'schemes.huurtoeslag.reasons.inkomen';
const STEPS = 'amounts.steps.huurtoeslag';
const huurder = (h: Household, huur: number, inkomen: number): Household => bruto({ ...h, woonsituatie: 'huur', huurPerMaand: euro(huur) }, inkomen);
const gezin = (huur: number, inkomen: number) => huurder(metKinderen(paar(38, 36), 7, 10), huur, inkomen);

// The worked examples are data: examples.yaml, run by ../examples.test.ts.

describe('huurtoeslag: thresholds, with figures from getNorm', () => {
  const basishuur = norm('huurtoeslag.basishuur.eenpersoons');
  const kkg = norm('huurtoeslag.kwaliteitskortingsgrens');
  const aftopKlein = norm('huurtoeslag.aftoppingsgrens.eenOfTwee');
  const aftopGroot = norm('huurtoeslag.aftoppingsgrens.drieOfMeer');
  const huurgrens = norm('huurtoeslag.maximaleHuurgrens');
  const ijkpuntEen = norm('huurtoeslag.inkomensijkpunt.eenpersoons');
  const ijkpuntMeer = norm('huurtoeslag.inkomensijkpunt.meerpersoons');
  const metHuur = (h: Household, cents: number, inkomen = 0): Household => ({ ...h, woonsituatie: 'huur', huurPerMaand: cents, toetsingsinkomen: inkomen });
  const schijven = (h: Household) => stepsOf(huurtoeslag, h).filter((s) => s.key === `${STEPS}.schijf`).map((s) => s.params.percentage);

  it.each([
    ['one cent below', -1],
    ['exactly at', 0],
  ] as const)('a single person with rent %s the basishuur is unlikely: that part everyone pays', (_, delta) => {
    expectCase(huurtoeslag, {
      name: '',
      household: metHuur(alleenstaande(), basishuur + delta),
      verdict: 'unlikely',
      key: 'schemes.huurtoeslag.reasons.huurTeLaag',
      params: { huur: { money: basishuur + delta }, basishuur: { money: basishuur } },
    });
  });

  it('a single person with rent € 1 above the basishuur would get € 1 a month, € 12 a year: under the € 24 minimum of Awir art. 14, so nothing', () => {
    expect(bedragen(huurtoeslag, metHuur(alleenstaande(), basishuur + euro(1))).perMaand).toBe(0);
  });

  it('a single person with rent € 2 above the basishuur gets € 2 a month, € 24 a year: the Awir minimum', () => {
    expect(bedragen(huurtoeslag, metHuur(alleenstaande(), basishuur + euro(2)))).toEqual({ perMaand: euro(2), perJaar: euro(24) });
  });

  it.each([
    ['one cent below', -1, [{ percent: 100 }]],
    ['exactly at', 0, [{ percent: 100 }]],
    ['one cent above', 1, [{ percent: 100 }, { percent: 65 }]],
  ] as const)('rent %s the kwaliteitskortingsgrens: 65% starts above it', (_, delta, expected) => {
    expect(schijven(metHuur(alleenstaande(), kkg + delta))).toEqual(expected);
  });

  it.each([
    ['a couple (2 persons)', paar(), aftopKlein],
    ['a couple with a child (3 persons)', metKinderen(paar(), 4), aftopGroot],
  ] as const)('%s: 40% starts just above its aftoppingsgrens', (_, household, aftop) => {
    expect(schijven(metHuur(household, aftop - 1))).toEqual([{ percent: 100 }, { percent: 65 }]);
    expect(schijven(metHuur(household, aftop))).toEqual([{ percent: 100 }, { percent: 65 }]);
    expect(schijven(metHuur(household, aftop + 1))).toEqual([{ percent: 100 }, { percent: 65 }, { percent: 40 }]);
  });

  it.each([
    ['one cent below', -1, false],
    ['exactly at', 0, false],
    ['one cent above', 1, true],
  ] as const)('rent %s the maximale huurgrens: the part above is not counted', (_, delta, boven) => {
    const keys = stepsOf(huurtoeslag, metHuur(alleenstaande(), huurgrens + delta)).map((s) => s.key);
    expect(keys.includes(`${STEPS}.bovenHuurgrens`)).toBe(boven);
  });

  it('rent far above the maximale huurgrens gives the same as rent at it: it no longer excludes', () => {
    expect(bedragen(huurtoeslag, metHuur(alleenstaande(), huurgrens + euro(500)))).toEqual(bedragen(huurtoeslag, metHuur(alleenstaande(), huurgrens)));
    expect(bedragen(huurtoeslag, metHuur(alleenstaande(), huurgrens)).perMaand).toBeGreaterThan(0);
  });

  it.each([
    ['a single person', alleenstaande(), ijkpuntEen, 27],
    ['a couple', paar(), ijkpuntMeer, 22],
  ] as const)('%s: nothing comes off up to the inkomensijkpunt, %i% of the excess above it', (_, household, ijkpunt, percentage) => {
    const keysAt = (inkomen: number) => stepsOf(huurtoeslag, metHuur(household, euro(700), inkomen)).map((s) => s.key);
    expect(keysAt(ijkpunt - 1)).toContain(`${STEPS}.onderIjkpunt`);
    expect(keysAt(ijkpunt)).toContain(`${STEPS}.onderIjkpunt`);
    expect(keysAt(ijkpunt + 1)).toContain(`${STEPS}.afbouw`);
    const afbouw = stepsOf(huurtoeslag, metHuur(household, euro(700), ijkpunt + euro(1200))).find((s) => s.key === `${STEPS}.afbouw`);
    expect(afbouw?.params).toMatchObject({ percentage: { percent: percentage }, bedrag: { money: percentage * 100 } });
  });

  it.each([
    ['a single person of 20: only the rent up to the youth limit counts', alleenstaande(20), true],
    ['a single person of 21: the whole rent counts', alleenstaande(21), false],
    ['a couple of 20 and 19: only the rent up to the youth limit counts', paar(20, 19), true],
    ['a couple of 20 and 21: the oldest counts', paar(20, 21), false],
    ['a couple of 20 and 19 with a child: the exception for children', metKinderen(paar(20, 19), 1), false],
  ] as const)('%s', (_, household, jongeren) => {
    const keys = stepsOf(huurtoeslag, metHuur(household, euro(700))).map((s) => s.key);
    expect(keys.includes(`${STEPS}.jongeren`)).toBe(jongeren);
    expect(schijven(metHuur(household, euro(700))).length).toBe(jongeren ? 1 : 2);
  });

  it('the calculation steps of the family with two children at € 36.000 explain each band', () => {
    expect(berekenHuurtoeslag(gezin(820, 36000), context(), euro(36000))?.steps).toEqual([
      { key: `${STEPS}.huur`, params: { huur: { money: 82000 } } },
      { key: `${STEPS}.basishuur`, params: { basishuur: { money: 20071 } } },
      { key: `${STEPS}.schijf`, params: { van: { money: 20071 }, tot: { money: 49820 }, percentage: { percent: 100 }, bedrag: { money: 29749 } } },
      { key: `${STEPS}.schijf`, params: { van: { money: 49820 }, tot: { money: 76414 }, percentage: { percent: 65 }, bedrag: { money: 17286 } } },
      { key: `${STEPS}.schijf`, params: { van: { money: 76414 }, tot: { money: 82000 }, percentage: { percent: 40 }, bedrag: { money: 2234 } } },
      { key: `${STEPS}.afbouw`, params: { ijkpunt: { money: 3150000 }, boven: { money: 450000 }, percentage: { percent: 22 }, bedrag: { money: 8250 } } },
      { key: `${STEPS}.uitkomst`, params: { vergoed: { money: 49270 }, afbouw: { money: 8250 }, perMaand: { money: 41000 } } },
    ]);
  });

  it('the family with rent € 820 gets huurtoeslag up to about € 58.265 (€ 490,70 × 12 / 22% above € 31.500, leaving the € 2 a month of the Awir minimum): likely at it, unlikely one cent above', () => {
    const grens = inkomensgrens(berekenHuurtoeslag, gezin(820, 0), context())!;
    expect(Math.abs(grens - euro(58265.45))).toBeLessThan(euro(1));
    expectCase(huurtoeslag, { name: '', household: { ...gezin(820, 0), toetsingsinkomen: grens }, verdict: 'likely', key: `${INKOMEN}.pass`, params: { grens: { money: grens } }, unverified: true });
    expectCase(huurtoeslag, { name: '', household: { ...gezin(820, 0), toetsingsinkomen: grens + 1 }, verdict: 'unlikely', key: `${INKOMEN}.fail`, params: { grens: { money: grens } } });
  });

  const cases: SchemeCase[] = [
    { name: 'someone who owns the home is unlikely', household: { ...bruto(alleenstaande(), 20000), woonsituatie: 'koop', huurPerMaand: 0 }, verdict: 'unlikely', key: 'schemes.huurtoeslag.reasons.huurwoning.fail' },
    { name: 'someone who lives in with others is unlikely', household: { ...bruto(alleenstaande(), 20000), woonsituatie: 'inwonend', huurPerMaand: 0 }, verdict: 'unlikely', key: 'schemes.huurtoeslag.reasons.huurwoning.fail' },
    {
      name: 'someone who lives "otherwise" is unknown: only a self-contained home counts',
      household: { ...bruto(alleenstaande(), 20000), woonsituatie: 'anders', huurPerMaand: 0 },
      verdict: 'unknown',
      key: 'schemes.huurtoeslag.reasons.huurwoning.unknown',
      unverified: true,
    },
    { name: 'a tenant who does not know the rent is unknown and asked for it', household: { ...bruto(alleenstaande(), 20000), huurPerMaand: null }, verdict: 'unknown', key: 'schemes.huurtoeslag.reasons.huurOnbekend', missing: ['huur'], unverified: true },
    {
      name: 'a tenant sharing the house with a kostendeler is unknown: their income counts',
      household: { ...bruto(alleenstaande(), 20000), kostendelers: 1 },
      verdict: 'unknown',
      key: 'schemes.huurtoeslag.reasons.medebewoners',
      params: { aantal: 1 },
      unverified: true,
    },
    { name: 'a person of 17 is unlikely', household: huurder(alleenstaande(17), 500, 0), verdict: 'unlikely', key: 'reasons.minimumLeeftijd.fail' },
    { name: 'a person of exactly 18 is likely', household: huurder(alleenstaande(18), 500, 0), verdict: 'likely', key: 'reasons.minimumLeeftijd.pass', unverified: true },
    {
      name: 'a single person with assets exactly at € 38.479 is likely',
      household: { ...huurder(alleenstaande(), 650, 20000), vermogen: norm('huurtoeslag.vermogensgrens.alleenstaande') },
      verdict: 'likely',
      key: 'reasons.vermogen.pass',
      unverified: true,
    },
    {
      name: 'a single person with assets one cent above € 38.479 is unlikely',
      household: { ...huurder(alleenstaande(), 650, 20000), vermogen: norm('huurtoeslag.vermogensgrens.alleenstaande') + 1 },
      verdict: 'unlikely',
      key: 'reasons.vermogen.fail',
      params: { grens: { money: 3847900 } },
    },
    {
      name: 'a couple with assets one cent above € 76.958 is unlikely',
      household: { ...huurder(paar(), 650, 20000), vermogen: norm('huurtoeslag.vermogensgrens.partner') + 1 },
      verdict: 'unlikely',
      key: 'reasons.vermogen.fail',
      params: { grens: { money: 7695800 } },
    },
    {
      name: 'a tenant who does not know any income is unknown and asked for it',
      household: brutoOnbekend(metInkomen(huurder(alleenstaande(), 650, 0), null)),
      verdict: 'unknown',
      key: `${INKOMEN}.unknown`,
      missing: ['inkomen'],
      unverified: true,
    },
  ];
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(huurtoeslag, c);
  });
});
