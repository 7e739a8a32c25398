import { describe, expect, it } from 'vitest';
import { PEILDATUM_H1, alleenstaande, byName, metInkomen, metKinderen, norm, paar } from '../../../tests/fixtures/rules';
import { alleenstaandeInBijstand } from '../../../tests/fixtures/households';
import { amountOf, bedragen, euro } from '../../../tests/fixtures/toeslagen';
import { algemeneBijstand } from './algemeneBijstand/algemeneBijstand';

/**
 * The bijstand top-up: toepasselijke norm minus net income. The norms are those of
 * national-figures.md §1 (S3, 1 July 2026; S1, 1 January 2026) and the kostendelersnorm table there.
 */
const workedExamples = [
  { name: 'a single person without income gets the full norm, € 1.419,46 a month', household: metInkomen(alleenstaande(), 0), perMaand: 141946 },
  { name: 'a single person with € 500 net gets € 919,46 a month', household: metInkomen(alleenstaande(), euro(500)), perMaand: 91946 },
  { name: 'a couple with children with € 1.500 net gets € 527,79 a month', household: metInkomen(metKinderen(paar(), 6), euro(1500)), perMaand: 52779 },
  { name: 'a single person with one kostendeler (A = 2) and no income gets € 1.013,90 a month', household: metInkomen(alleenstaande(40, { kostendelers: 1 }), 0), perMaand: 101390 },
  { name: 'a single person without income on 1 March 2026 gets € 1.401,50 a month', household: metInkomen(alleenstaande(), 0), perMaand: 140150, peildatum: PEILDATUM_H1 },
];

describe('algemene bijstand: the top-up to the norm', () => {
  it.each(byName(workedExamples))('%s', (_, { household, perMaand, peildatum }) => {
    expect(bedragen(algemeneBijstand, household, peildatum)).toEqual({ perMaand, perJaar: perMaand * 12 });
  });

  it('one cent under the norm leaves a top-up of one cent', () => {
    expect(bedragen(algemeneBijstand, metInkomen(alleenstaande(), norm('bijstandsnorm.alleenstaande') - 1)).perMaand).toBe(1);
  });

  it('exactly at the norm there is nothing to top up, so no amount, though the verdict is likely', () => {
    expect(amountOf(algemeneBijstand, metInkomen(alleenstaande(), norm('bijstandsnorm.alleenstaande')))).toBeUndefined();
  });

  it('one cent above the norm is unlikely and has no amount', () => {
    expect(amountOf(algemeneBijstand, metInkomen(alleenstaande(), norm('bijstandsnorm.alleenstaande') + 1))).toBeUndefined();
  });

  it('someone already on bijstand gets nothing on top: the income given is the bijstand', () => {
    expect(amountOf(algemeneBijstand, alleenstaandeInBijstand)).toBeUndefined();
  });

  it('an ondernemer with no income has no amount: that is the Bbz', () => {
    expect(amountOf(algemeneBijstand, metInkomen(alleenstaande(45, { ondernemer: true }), 0))).toBeUndefined();
  });

  it('says how it is worked out, with the household type of the norm', () => {
    expect(amountOf(algemeneBijstand, metInkomen(alleenstaande(), euro(500)))?.steps).toEqual([
      { key: 'amounts.steps.algemeneBijstand.norm', params: { norm: { money: 141946 }, huishouden: { term: 'household.alleenstaande' }, personen: 0 } },
      { key: 'amounts.steps.algemeneBijstand.uitkomst', params: { norm: { money: 141946 }, inkomen: { money: 50000 }, perMaand: { money: 91946 } } },
    ]);
  });

  it('is not an estimate: the net income is known', () => {
    expect(amountOf(algemeneBijstand, metInkomen(alleenstaande(), euro(500)))?.estimated).toBe(false);
  });
});
