/**
 * What the household already receives: which toeslagen are asked about, what the headline counts,
 * and when a received toeslag may have to be paid back (Awir art. 16, 19 and 26: the toeslag is an
 * advance, settled on the real income). Peildatum 1 December 2026.
 */
import { describe, expect, it } from 'vitest';
import { alleenstaandeInBijstand, gezinMetTweeKinderen, neutraal } from '../../../tests/fixtures/households';
import type { Household } from '../household/household';
import { alOntvangen, mogelijkAlOntvangen, terugbetaalRisico } from './alOntvangen';
import { evaluate } from './evaluate';
import { totalAmount } from './totalAmount';

const PEILDATUM = '2026-12-01';

/** A working single parent of 35 with a child of 6, € 32.000 gross a year, renting for € 800. */
const werkendeOuder: Household = {
  ...neutraal,
  aanvrager: { leeftijd: 35 },
  kinderen: [{ leeftijd: 6 }],
  inkomen: { werk: 210000, uitkering: 0, pensioen: 0, overig: 0 },
  toetsingsinkomen: 3200000,
  laagInkomenSinds: 'kort',
  vermogen: 150000,
  huurPerMaand: 80000,
};

describe('which toeslagen are asked about ("only schemes that can be likely for this household")', () => {
  it('a single renter without children: zorgtoeslag and huurtoeslag, no kindgebonden budget or kinderopvangtoeslag', () => {
    expect(mogelijkAlOntvangen(neutraal, PEILDATUM)).toEqual(['zorgtoeslag', 'huurtoeslag']);
  });

  it('a homeowner is not asked about huurtoeslag', () => {
    expect(mogelijkAlOntvangen({ ...neutraal, woonsituatie: 'koop', huurPerMaand: 0 }, PEILDATUM)).toEqual(['zorgtoeslag']);
  });

  it('a parent using childcare while working is asked about all four', () => {
    expect(mogelijkAlOntvangen({ ...werkendeOuder, kinderopvang: true }, PEILDATUM)).toEqual(['zorgtoeslag', 'huurtoeslag', 'kindgebondenBudget', 'kinderopvangtoeslag']);
  });

  it('an income above the limits still asks: that is where a received toeslag may have to be paid back', () => {
    expect(mogelijkAlOntvangen({ ...neutraal, inkomen: { ...neutraal.inkomen, werk: 400000 }, toetsingsinkomen: 6000000 }, PEILDATUM)).toEqual(['zorgtoeslag', 'huurtoeslag']);
  });

  it('in the asylum procedure no toeslag is asked about', () => {
    expect(mogelijkAlOntvangen({ ...werkendeOuder, verblijfsstatus: 'asielprocedure' }, PEILDATUM)).toEqual([]);
  });

  it('bijstand, asked as ontvangtBijstand, counts as received (as AIO from AOW age)', () => {
    expect(alOntvangen(alleenstaandeInBijstand)).toEqual(['algemeneBijstand', 'aio']);
    expect(alOntvangen({ ...werkendeOuder, ontvangtAl: ['zorgtoeslag'] })).toEqual(['zorgtoeslag']);
  });
});

describe('the headline counts only new money', () => {
  it('a working single parent who already gets kindgebonden budget and zorgtoeslag: only the huurtoeslag is new (€ 462 a month)', () => {
    const h: Household = { ...werkendeOuder, ontvangtAl: ['zorgtoeslag', 'kindgebondenBudget'] };
    const outcomes = evaluate(h, PEILDATUM);
    const total = totalAmount(outcomes, alOntvangen(h));
    expect(total.counted.map((o) => o.schemeId)).toEqual(['huurtoeslag']);
    expect(total.leftOut.map((o) => o.schemeId)).toEqual(['zorgtoeslag', 'kindgebondenBudget']);
    expect({ perMaand: total.perMaand, perJaar: total.perJaar }).toEqual({ perMaand: 46200, perJaar: 554400 });
    // Without the answer, all three would count.
    expect(totalAmount(outcomes).counted.map((o) => o.schemeId)).toEqual(['zorgtoeslag', 'huurtoeslag', 'kindgebondenBudget']);
  });

  it('someone on bijstand: the bijstand top-up is not new money', () => {
    const outcomes = evaluate(alleenstaandeInBijstand, PEILDATUM);
    expect(totalAmount(outcomes, alOntvangen(alleenstaandeInBijstand)).counted.map((o) => o.schemeId)).not.toContain('algemeneBijstand');
  });
});

describe('repayment warning (Awir art. 16, 19, 26): a received toeslag the estimate says is gone, much lower or cannot confirm', () => {
  const zorgtoeslagOntvanger: Household = { ...neutraal, aanvrager: { leeftijd: 45 }, woonsituatie: 'koop', huurPerMaand: 0, laagInkomenSinds: 'kort', ontvangtAl: ['zorgtoeslag'] };
  const bij = (toetsingsinkomen: number | null) => {
    const h: Household = { ...zorgtoeslagOntvanger, inkomen: { ...neutraal.inkomen, werk: 250000 }, toetsingsinkomen };
    return terugbetaalRisico(evaluate(h, PEILDATUM), h).map((o) => `${o.schemeId}:${o.verdict}`);
  };

  it('at € 30.000 gross the zorgtoeslag is still likely and near its maximum: no warning', () => {
    expect(bij(3000000)).toEqual([]);
  });

  // The single maximum is € 1.550 a year: half is € 775. € 35.000 gives € 828, € 35.500 gives € 759.
  it('at € 35.000 gross it is still more than half the maximum (€ 828 of € 1.550 a year): no warning', () => {
    expect(bij(3500000)).toEqual([]);
  });

  it('at € 35.500 gross it is likely but under half the maximum (€ 759 of € 1.550 a year): warn that it may be much lower than received', () => {
    expect(bij(3550000)).toEqual(['zorgtoeslag:likely']);
  });

  it('at € 45.000 gross, above the single limit, it is probably gone: warn', () => {
    expect(bij(4500000)).toEqual(['zorgtoeslag:unlikely']);
  });

  it('a toeslag that is not received gives no warning, however high the income', () => {
    const h: Household = { ...zorgtoeslagOntvanger, ontvangtAl: [], toetsingsinkomen: 4500000 };
    expect(terugbetaalRisico(evaluate(h, PEILDATUM), h)).toEqual([]);
  });

  it('a received zorgtoeslag that cannot be confirmed (partner under temporary protection): warn to check', () => {
    const h: Household = { ...gezinMetTweeKinderen, partnerVerblijfsstatus: 'tijdelijkeBescherming', ontvangtAl: ['zorgtoeslag', 'huurtoeslag'] };
    expect(terugbetaalRisico(evaluate(h, PEILDATUM), h).map((o) => `${o.schemeId}:${o.verdict}`)).toEqual(['zorgtoeslag:unknown']);
  });
});
