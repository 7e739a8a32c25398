/**
 * Participatiewet in balans from 1 January 2027 (Stb. 2025, 312 and 313): art. 24a, 34a and 34b.
 * Law text: BWBR0015703 as consolidated with the articles "in werking 2027-01-01". Dates come from
 * the norms (the first day of the 2027 figures), percentages and maxima from getNorm.
 */
import { describe, expect, it } from 'vitest';
import { alleenstaande, alleenstaandeOuder, context, expectCase, limiet, metKinderen, norm, paar } from '../../../tests/fixtures/rules';
import { euro, outcomeOf } from '../../../tests/fixtures/toeslagen';
import { evaluateScheme } from '../engine/evaluate';
import { getNorm } from '../norms/getNorm';
import type { Household } from '../household/household';
import { aio } from './aio/aio';
import { algemeneBijstand } from './algemeneBijstand/algemeneBijstand';
import { metVrijgelatenArbeid, vrijgelatenArbeidsinkomen } from './participatiewet2027';
import { bijstandsnorm } from '../household/bijstandsnorm';
import { inkomensraming } from '../household/inkomensraming';

const IN_2027 = getNorm('vrijlatingArbeid.percentage', '2099-01-01').validFrom;
const IN_2026 = '2026-07-01';
const KEY = 'participatiewet2027.reasons';

const reasonOf = (scheme: typeof aio, h: Household, peildatum: string, key: string) => evaluateScheme(scheme, h, peildatum).reasons.find((r) => r.key === key);

/** On bijstand, with net work income per month next to the bijstand top-up. */
const inBijstandMetWerk = (h: Household, werk: number, uitkering: number): Household => ({ ...h, ontvangtBijstand: true, inkomen: { werk, uitkering, pensioen: 0, overig: 0 } });

describe('art. 34a lid 1 a PW: below AOW age the municipality MAY leave 15% of the work income out, for at most 12 months', () => {
  const single = inBijstandMetWerk(alleenstaande(40), euro(400), euro(1000));

  it('a single person on bijstand earning € 400 net a month in 2027 is told the municipality may leave 15% (€ 60) out for up to 12 months', () => {
    expect(reasonOf(algemeneBijstand, single, IN_2027, `${KEY}.vrijlatingArbeid.kan`)).toEqual({
      key: `${KEY}.vrijlatingArbeid.kan`,
      verdict: 'pass',
      params: { werk: { money: euro(400) }, percentage: { percent: 15 }, bedrag: { money: euro(60) }, maanden: 12, vanaf: { date: IN_2027 } },
    });
    expect(evaluateScheme(algemeneBijstand, single, IN_2027).verdict).toBe('likely');
  });

  it('the figures come from the law text: 15%, 12 months, from 1 January 2027, verified', () => {
    expect(getNorm('vrijlatingArbeid.percentage', IN_2027)).toMatchObject({ value: 15, sourceId: 'participatiewet.art34a', verified: true, validFrom: '2027-01-01' });
    expect(norm('vrijlatingArbeid.maanden', IN_2027)).toBe(12);
  });

  it('is not there in 2026: the article is not in force yet', () => {
    expect(reasonOf(algemeneBijstand, single, IN_2026, `${KEY}.vrijlatingArbeid.kan`)).toBeUndefined();
  });

  it('without work income nothing is said about it', () => {
    expect(reasonOf(algemeneBijstand, inBijstandMetWerk(alleenstaande(40), 0, euro(1400)), IN_2027, `${KEY}.vrijlatingArbeid.kan`)).toBeUndefined();
  });

  describe('on bijstand, now earning just above the norm: within the 15% it is the municipality\'s choice, so "we can\'t tell: ask"', () => {
    const grens = limiet('bijstandsnorm.alleenstaande', 'algemeneBijstand.inkomensgrens', IN_2027);
    const metWerk = (werk: number): Household => inBijstandMetWerk(alleenstaande(40), werk, 0);
    // Work income w is at most the limit after the 15%: w − round(15% × w) ≤ grens.
    const hoogste = Math.floor(grens / 0.85);

    it('well under the norm: likely, as in 2026', () => {
      expect(evaluateScheme(algemeneBijstand, metWerk(euro(400)), IN_2027).verdict).toBe('likely');
    });

    it('one cent above the norm: unknown, with the article\'s reason and the 15% named', () => {
      expectCase(algemeneBijstand, {
        name: 'just above',
        household: metWerk(grens + 1),
        peildatum: IN_2027,
        verdict: 'unknown',
        key: `${KEY}.vrijlatingArbeid.misschien`,
        params: { percentage: { percent: 15 }, maanden: 12 },
      });
    });

    it('one cent above the norm in 2026: unlikely, as before', () => {
      expect(evaluateScheme(algemeneBijstand, metWerk(grens + 1), IN_2026).verdict).toBe('unlikely');
    });

    it('beyond the reach of the 15%: unlikely', () => {
      expect(evaluateScheme(algemeneBijstand, metWerk(hoogste + 100), IN_2027).verdict).toBe('unlikely');
    });

    it('a new applicant earning just above the norm has no bijstand to offset against: unlikely', () => {
      expect(evaluateScheme(algemeneBijstand, { ...metWerk(grens + 1), ontvangtBijstand: false }, IN_2027).verdict).toBe('unlikely');
    });

    it('the top-up amount never counts on the municipality\'s choice', () => {
      const h = { ...metWerk(euro(400)), ontvangtBijstand: false };
      // The same figures in both years (carried forward): only art. 34a could make them differ.
      expect(outcomeOf(algemeneBijstand, h, IN_2027).amount?.perMaand).toBe(outcomeOf(algemeneBijstand, h, IN_2026).amount?.perMaand);
    });
  });
});

describe('art. 34a lid 1 c PW with art. 47a lid 2: an AIO client of AOW age keeps 25% of the work income, at most € 226 a month', () => {
  const aow = norm('leeftijd.aow', IN_2027);
  const maximum = norm('vrijlatingArbeid.maximumAow', IN_2027);

  it('with € 400 net work income: 25% = € 100 is not offset, with the article named in the reason', () => {
    const h = inBijstandMetWerk(alleenstaande(aow + 1), euro(400), euro(1100));
    expect(reasonOf(aio, h, IN_2027, `${KEY}.vrijlatingArbeid.aow`)).toEqual({
      key: `${KEY}.vrijlatingArbeid.aow`,
      verdict: 'pass',
      params: { werk: { money: euro(400) }, percentage: { percent: 25 }, bedrag: { money: euro(100) }, maximum: { money: euro(226) } },
    });
  });

  it('with € 1.000 net work income: 25% would be € 250, so the legal maximum of € 226 applies', () => {
    const h = inBijstandMetWerk(alleenstaande(aow + 1), euro(1000), euro(500));
    expect(maximum).toBe(euro(226));
    expect(reasonOf(aio, h, IN_2027, `${KEY}.vrijlatingArbeid.aow`)?.params).toMatchObject({ bedrag: { money: maximum } });
  });

  describe('the AIO income test counts the income after the part left out', () => {
    const grens = limiet('bijstandsnorm.alleenstaandeAow', 'algemeneBijstand.inkomensgrens', IN_2027);
    // AOW below the norm, plus work that lifts the total € 100 above it; 25% of € 800 = € 200 is left out.
    const h: Household = { ...alleenstaande(aow + 2), inkomen: { werk: euro(800), uitkering: grens - euro(700), pensioen: 0, overig: 0 } };

    it('in 2027 the total after the vrijlating is under the norm: the AIO is not ruled out', () => {
      expect(evaluateScheme(aio, h, IN_2027).verdict).not.toBe('unlikely');
    });

    it('in 2026 art. 31 lid 2 n PW leaves 25% out as well (up to € 289): not ruled out either', () => {
      expect(evaluateScheme(aio, h, IN_2026).verdict).not.toBe('unlikely');
    });
  });

  it('below AOW age the AIO does not apply and its 25% does not either', () => {
    expect(reasonOf(aio, inBijstandMetWerk(alleenstaande(40), euro(400), euro(1000)), IN_2027, `${KEY}.vrijlatingArbeid.aow`)).toBeUndefined();
  });
});

describe('art. 34b PW: the bufferbudget, up to € 1.000 a calendar year, used by the municipality on its own initiative', () => {
  it('is named for someone with work income next to the bijstand in 2027', () => {
    const h = inBijstandMetWerk(alleenstaande(40), euro(400), euro(1000));
    expect(reasonOf(algemeneBijstand, h, IN_2027, `${KEY}.bufferbudget`)?.params).toEqual({ maximum: { money: euro(1000) } });
    expect(reasonOf(algemeneBijstand, h, IN_2026, `${KEY}.bufferbudget`)).toBeUndefined();
  });
});

describe('art. 24a PW: a single parent whose partner has no right to bijstand gets 1/12 of the ouderkop on the norm', () => {
  it('a couple with a child hears of it in 2027: € 3.505 / 12 = € 292,08 a month (budget figure, provisional)', () => {
    const h = metKinderen(paar(35, 33), 4);
    const outcome = evaluateScheme(algemeneBijstand, h, IN_2027);
    expect(outcome.reasons.find((r) => r.key === `${KEY}.art24a`)?.params).toEqual({ verhoging: { money: euro(292.08) }, ouderkop: { money: euro(3505) }, vanaf: { date: IN_2027 } });
    expect(outcome.provisional).toContain('kindgebondenBudget.alleenstaandeOuderkop');
  });

  it('not for a single parent, a couple without children, or in 2026', () => {
    expect(reasonOf(algemeneBijstand, alleenstaandeOuder(), IN_2027, `${KEY}.art24a`)).toBeUndefined();
    expect(reasonOf(algemeneBijstand, paar(), IN_2027, `${KEY}.art24a`)).toBeUndefined();
    expect(reasonOf(algemeneBijstand, metKinderen(paar(), 4), IN_2026, `${KEY}.art24a`)).toBeUndefined();
  });
});

describe('2027 outcomes lean on provisional figures and say so', () => {
  it('the bijstand outcome names the carried-forward bijstandsnorm', () => {
    const outcome = evaluateScheme(algemeneBijstand, alleenstaande(40), IN_2027);
    expect(outcome.provisional).toContain('bijstandsnorm.alleenstaande');
    expect(context(IN_2027).norm('bijstandsnorm.alleenstaande')).toMatchObject({ provisional: 'carriedForward', verified: false });
  });
});

describe('the AIO: one vrijgelaten work income for the income test and the amount (art. 31 lid 2 n PW in 2026, art. 34a lid 1 c PW from 2027)', () => {
  const OUDJAAR = '2026-12-31';
  const NIEUWJAAR = '2027-01-01';
  const aow = norm('leeftijd.aow', NIEUWJAAR);
  const pensionado = (werk: number, aowUitkering: number): Household => ({ ...alleenstaande(aow + 1), toetsingsinkomen: null, inkomen: { werk, uitkering: aowUitkering, pensioen: 0, overig: 0 } });
  const bedragOp = (h: Household, peildatum: string) => evaluateScheme(aio, h, peildatum).amount?.perMaand ?? null;

  it.each([
    [OUDJAAR, euro(400), euro(100)],
    [OUDJAAR, euro(2000), euro(289)],
    [NIEUWJAAR, euro(400), euro(100)],
    [NIEUWJAAR, euro(2000), euro(226)],
  ])('on %s with € %i cents of work: 25%, at most the maximum, is left out (%i cents)', (peildatum, werk, vrij) => {
    expect(vrijgelatenArbeidsinkomen(pensionado(werk, euro(900)), context(peildatum))).toBe(vrij);
  });

  it('below AOW age nothing is left out by law in either year: the college\'s 15% is its choice', () => {
    const jong = { ...pensionado(euro(400), euro(900)), aanvrager: { leeftijd: 40 } };
    expect(vrijgelatenArbeidsinkomen(jong, context(OUDJAAR))).toBe(0);
    expect(vrijgelatenArbeidsinkomen(jong, context(NIEUWJAAR))).toBe(0);
  });

  it.each([OUDJAAR, NIEUWJAAR])('on %s the amount is the norm less the income with only the counted work income, and names the part left out', (peildatum) => {
    const h = pensionado(euro(400), euro(900));
    const ctx = context(peildatum);
    const aanvulling = (huishouden: Household) => {
      const raming = inkomensraming(huishouden, ctx)!;
      return bijstandsnorm(h, ctx)!.bedrag - raming.netto - Math.round(raming.vakantiegeld);
    };
    const bedrag = bedragOp(h, peildatum)!;
    expect(bedrag).toBe(aanvulling(metVrijgelatenArbeid(h, ctx)));
    expect(bedrag).toBeGreaterThan(aanvulling(h));
    expect(evaluateScheme(aio, h, peildatum).amount!.steps.find((s) => s.key === 'vrijgelatenArbeid.step')?.params).toEqual({ werk: { money: euro(400) }, bedrag: { money: euro(100) } });
  });

  describe.each([OUDJAAR, NIEUWJAAR])('on %s, around the norm: the verdict and the amount agree', (peildatum) => {
    // The AOW benefit that brings the counted income to the norm exactly, with € 400 of work.
    const h = (aowUitkering: number) => pensionado(euro(400), aowUitkering);
    const opNorm = (() => {
      let laag = 0;
      let hoog = euro(3000);
      while (hoog - laag > 1) {
        const midden = Math.floor((laag + hoog) / 2);
        if (evaluateScheme(aio, h(midden), peildatum).verdict === 'unlikely') hoog = midden;
        else laag = midden;
      }
      return laag;
    })();

    it('one cent below the last likely income: likely, with an amount above zero', () => {
      expect(evaluateScheme(aio, h(opNorm - 1), peildatum).verdict).toBe('likely');
      expect(bedragOp(h(opNorm - 1), peildatum)).toBeGreaterThan(0);
    });

    it('at the last likely income: likely, with an amount above zero', () => {
      expect(evaluateScheme(aio, h(opNorm), peildatum).verdict).toBe('likely');
      expect(bedragOp(h(opNorm), peildatum)).toBeGreaterThan(0);
    });

    it('one cent above it: unlikely, where nothing is left to top up', () => {
      expect(evaluateScheme(aio, h(opNorm + 1), peildatum).verdict).toBe('unlikely');
      expect(bedragOp(h(opNorm + 1), peildatum) ?? 0).toBe(0);
    });
  });
});
