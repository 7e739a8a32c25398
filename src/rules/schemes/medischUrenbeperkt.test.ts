/**
 * Medisch urenbeperkt (art. 6b PW): the part of the work income not offset against the algemene
 * bijstand. 2026: art. 31 lid 2 y PW, 15% up to a maximum per month, "voor zover hij algemene
 * bijstand ontvangt"; from 1-1-2027: art. 34a lid 1 b PW, 15% with no maximum. Law text: the
 * consolidated BWBR0015703 (MinBZK/regelrecht 32718bd4). Figures from the norms on each peildatum.
 */
import { describe, expect, it } from 'vitest';
import { alleenstaande, context, expectCase, limiet, norm } from '../../../tests/fixtures/rules';
import { euro } from '../../../tests/fixtures/toeslagen';
import { evaluateScheme } from '../engine/evaluate';
import type { Household } from '../household/household';
import { algemeneBijstand } from './algemeneBijstand/algemeneBijstand';
import { vrijlatingMedischUrenbeperkt } from './medischUrenbeperkt';

const IN_2026 = '2026-07-01';
const IN_2027 = '2027-01-01';
const KEY = 'medischUrenbeperkt.reasons';

const metWerk = (werk: number, changes: Partial<Household> = {}): Household =>
  alleenstaande(40, { inkomen: { werk, uitkering: 0, pensioen: 0, overig: 0 }, arbeidsbeperking: 'ja', medischUrenbeperkt: true, ...changes });
const inBijstand = (werk: number, changes: Partial<Household> = {}) => metWerk(werk, { ontvangtBijstand: true, ...changes });
const verdict = (h: Household, peildatum: string) => evaluateScheme(algemeneBijstand, h, peildatum).verdict;
const reasonOf = (h: Household, peildatum: string, key: string) => evaluateScheme(algemeneBijstand, h, peildatum).reasons.find((r) => r.key === key);

describe('art. 31 lid 2 y PW (2026): 15% of the work income, at most the maximum per month', () => {
  const maximum = norm('vrijlatingArbeid.medischUrenbeperkt.maximum', IN_2026);
  // 15% of this work income is exactly the maximum.
  const knik = Math.round(maximum / 0.15);

  it('the figures: 15% and € 182,73 a month from 1 July 2026 (€ 180,19 before), verified', () => {
    expect(norm('vrijlatingArbeid.medischUrenbeperkt.percentage', IN_2026)).toBe(15);
    expect(maximum).toBe(euro(182.73));
    expect(norm('vrijlatingArbeid.medischUrenbeperkt.maximum', '2026-01-01')).toBe(euro(180.19));
  });

  it('below the maximum: 15% of € 1.000 is € 150', () => {
    expect(vrijlatingMedischUrenbeperkt(metWerk(euro(1000)), context(IN_2026))).toMatchObject({ bedrag: euro(150), maximum, sourceId: 'participatiewet.art31lid2y' });
  });

  it('at the maximum and above it the maximum', () => {
    expect(vrijlatingMedischUrenbeperkt(metWerk(knik), context(IN_2026))?.bedrag).toBe(maximum);
    expect(vrijlatingMedischUrenbeperkt(metWerk(knik + euro(500)), context(IN_2026))?.bedrag).toBe(maximum);
  });

  it('none without work income, and none at AOW age (no algemene bijstand there, art. 22 PW)', () => {
    expect(vrijlatingMedischUrenbeperkt(metWerk(0), context(IN_2026))).toBeNull();
    expect(vrijlatingMedischUrenbeperkt({ ...metWerk(euro(1000)), aanvrager: { leeftijd: norm('leeftijd.aow', IN_2026) } }, context(IN_2026))).toBeNull();
  });
});

describe('art. 34a lid 1 b PW (from 2027): 15% of the work income, no maximum, no time limit', () => {
  it('15% of € 1.500 is € 225: above the 2026 maximum', () => {
    expect(vrijlatingMedischUrenbeperkt(metWerk(euro(1500)), context(IN_2027))).toMatchObject({ bedrag: euro(225), maximum: null, sourceId: 'participatiewet.art34a' });
  });

  it('the 2026 maximum ends with its article: 2026-12-31', () => {
    expect(() => norm('vrijlatingArbeid.medischUrenbeperkt.maximum', IN_2027)).toThrow();
  });
});

describe('the income test of the algemene bijstand, for someone on bijstand who works', () => {
  describe('2026: around the limit plus the maximum', () => {
    const grens = limiet('bijstandsnorm.alleenstaande', 'algemeneBijstand.inkomensgrens', IN_2026);
    const maximum = norm('vrijlatingArbeid.medischUrenbeperkt.maximum', IN_2026);

    it('one cent above the limit: likely, the vrijlating brings it under', () => {
      expect(verdict(inBijstand(grens + 1), IN_2026)).toBe('likely');
    });

    // The income test adds the holiday pay of the work income, so the exact edge lies a little
    // below the limit plus the maximum; the maximum itself is tested on vrijlatingMedischUrenbeperkt.
    it('one cent above the limit plus the maximum: unlikely, the maximum caps it', () => {
      expect(verdict(inBijstand(grens + maximum + 1), IN_2026)).toBe('unlikely');
    });

    it('not established: unlikely above the limit, as without the rule', () => {
      expect(verdict(inBijstand(grens + 1, { medischUrenbeperkt: false }), IN_2026)).toBe('unlikely');
    });

    it('not known whether established: "we can\'t tell", naming the fact', () => {
      expectCase(algemeneBijstand, {
        name: 'unknown status',
        household: inBijstand(grens + 1, { medischUrenbeperkt: null }),
        peildatum: IN_2026,
        verdict: 'unknown',
        key: `${KEY}.misschien.metMaximum`,
        params: { percentage: { percent: 15 }, maximum: { money: maximum } },
        missing: ['medischUrenbeperkt'],
        // The holiday pay on work income leans on the unverified tax figures.
        unverified: true,
      });
    });

    it('a new applicant earning above the limit is not helped: the vrijlating is "voor zover hij algemene bijstand ontvangt"', () => {
      expect(verdict(metWerk(grens + 1), IN_2026)).toBe('unlikely');
    });
  });

  describe('2027: around the limit after 15%', () => {
    const grens = limiet('bijstandsnorm.alleenstaande', 'algemeneBijstand.inkomensgrens', IN_2027);
    // Work income w is within the limit after the 15%: w − round(15% × w) ≤ grens.
    const hoogste = Math.floor(grens / 0.85);

    it('one cent above the limit: likely, by law, not the college\'s choice of lid 1 a', () => {
      expect(verdict(inBijstand(grens + 1), IN_2027)).toBe('likely');
      expect(reasonOf(inBijstand(grens + 1), IN_2027, 'participatiewet2027.reasons.vrijlatingArbeid.misschien')).toBeUndefined();
    });

    it('beyond the reach of the 15%: unlikely', () => {
      expect(verdict(inBijstand(hoogste + 100), IN_2027)).toBe('unlikely');
    });
  });
});

describe('what the algemene bijstand says about it', () => {
  it('established, 2026: the part left out with the maximum, citing art. 31 lid 2 y', () => {
    expect(reasonOf(inBijstand(euro(1000)), IN_2026, `${KEY}.vrijlating.metMaximum`)?.params).toEqual({
      werk: { money: euro(1000) },
      percentage: { percent: 15 },
      bedrag: { money: euro(150) },
      maximum: { money: norm('vrijlatingArbeid.medischUrenbeperkt.maximum', IN_2026) },
    });
  });

  it('established, 2027: without a maximum', () => {
    expect(reasonOf(inBijstand(euro(1000)), IN_2027, `${KEY}.vrijlating.zonderMaximum`)?.params).toEqual({ werk: { money: euro(1000) }, percentage: { percent: 15 }, bedrag: { money: euro(150) } });
  });

  it('not known: how it would work, to ask about', () => {
    expect(reasonOf(inBijstand(euro(500), { medischUrenbeperkt: null }), IN_2026, `${KEY}.onbekend.metMaximum`)).toBeDefined();
  });

  it('not established, on bijstand, with an illness that limits the work: the college can establish it (art. 6b lid 2 b)', () => {
    expect(reasonOf(inBijstand(euro(500), { medischUrenbeperkt: false }), IN_2026, `${KEY}.vaststellen`)).toBeDefined();
  });

  it('not established and no illness named: nothing, and no figure read', () => {
    const outcome = evaluateScheme(algemeneBijstand, inBijstand(euro(500), { medischUrenbeperkt: false, arbeidsbeperking: 'nee' }), IN_2026);
    expect(outcome.reasons.filter((r) => r.key.startsWith(KEY))).toEqual([]);
    expect(outcome.normsUsed.map((n) => n.id)).not.toContain('vrijlatingArbeid.medischUrenbeperkt.percentage');
  });
});

describe('the bijstand top-up (bijstandAanvulling) of someone who is medisch urenbeperkt', () => {
  const aanvulling = (h: Household, peildatum: string) => evaluateScheme(algemeneBijstand, h, peildatum).amount?.perMaand ?? 0;

  it('2026: € 150 more a month on € 1.000 net work income', () => {
    expect(aanvulling(metWerk(euro(1000)), IN_2026) - aanvulling(metWerk(euro(1000), { medischUrenbeperkt: false }), IN_2026)).toBe(euro(150));
  });

  it('2026: the maximum more, whatever the work income above the knik', () => {
    const maximum = norm('vrijlatingArbeid.medischUrenbeperkt.maximum', IN_2026);
    expect(aanvulling(metWerk(euro(1250)), IN_2026) - aanvulling(metWerk(euro(1250), { medischUrenbeperkt: false }), IN_2026)).toBe(maximum);
  });

  it('2027: 15% more, with no maximum: € 187,50 on € 1.250', () => {
    expect(aanvulling(metWerk(euro(1250)), IN_2027) - aanvulling(metWerk(euro(1250), { medischUrenbeperkt: false }), IN_2027)).toBe(euro(187.5));
  });

  it('the calculation names the step', () => {
    const steps = evaluateScheme(algemeneBijstand, metWerk(euro(1000)), IN_2026).amount?.steps.map((s) => s.key);
    expect(steps).toContain('amounts.steps.algemeneBijstand.vrijlatingMedisch');
  });
});
