/**
 * The parts all toeslagen share: the income limit found from the calculation, and the margin
 * around it when the income is only an estimate. Shown with the zorgtoeslag of a single person,
 * whose limit (the last income that leaves € 24) is € 40.853,60.
 */
import { describe, expect, it } from 'vitest';
import { alleenstaande, context, expectCase, metInkomen, norm } from '../../../tests/fixtures/rules';
import type { Household } from '../household/household';
import { toetsingsinkomen } from '../household/toetsingsinkomen';
import { berekenZorgtoeslag, zorgtoeslag } from '../schemes/zorgtoeslag';
import { inkomensgrens } from './toeslag';

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
