/**
 * The own view of someone without income of their own (issue 20): the separation "what if" is the
 * ordinary rules on a derived household, so these tests check the derivation and that the single
 * parent's rules come into play (art. 21 PW, Wet op het kindgebonden budget art. 2 lid 6).
 */
import { describe, expect, it } from 'vitest';
import { gezinMetTweeKinderen } from '../../../tests/fixtures/households';
import { metInkomen, norm, paar, PEILDATUM } from '../../../tests/fixtures/rules';
import { heeftEigenPerspectief, NA_SCHEIDING_REGELINGEN, naScheiding, scheidingsscenario } from './naScheiding';

const verdiendePartner = metInkomen(paar(36, 38, { kinderen: [{ leeftijd: 7 }, { leeftijd: 10 }] }), 240000);

describe('who gets the own view: a couple in which someone earns, not on bijstand', () => {
  it('a couple with one cent of income gets it; with none it does not', () => {
    expect(heeftEigenPerspectief(metInkomen(paar(), 1))).toBe(true);
    expect(heeftEigenPerspectief(metInkomen(paar(), 0))).toBe(false);
  });

  it('an income not known ("I don\'t know") still gets it: someone earns something', () => {
    expect(heeftEigenPerspectief(metInkomen(paar(), null))).toBe(true);
  });

  it('someone living alone, or a couple on bijstand, does not', () => {
    expect(heeftEigenPerspectief({ ...verdiendePartner, partner: null })).toBe(false);
    expect(heeftEigenPerspectief({ ...verdiendePartner, ontvangtBijstand: true })).toBe(false);
  });
});

describe('the household after a separation', () => {
  it('is the applicant alone with the same children, without income and without the partner’s status', () => {
    const na = naScheiding(verdiendePartner);
    expect(na.partner).toBeNull();
    expect(na.partnerVerblijfsstatus).toBeNull();
    expect(na.kinderen).toEqual(verdiendePartner.kinderen);
    expect(na.inkomen).toEqual({ werk: 0, uitkering: 0, pensioen: 0, overig: 0 });
    expect(na.toetsingsinkomen).toBe(0);
    expect(na.laagInkomenSinds).toBe('kort');
  });

  it('no savings stays no savings; any savings become "unknown", as their split cannot be known', () => {
    expect(naScheiding({ ...verdiendePartner, vermogen: 0 }).vermogen).toBe(0);
    expect(naScheiding({ ...verdiendePartner, vermogen: 1 }).vermogen).toBeNull();
  });
});

describe('the separation what-if for a mother of two without income of her own (1 July 2026)', () => {
  const scenario = scheidingsscenario(verdiendePartner, PEILDATUM);
  const outcome = (id: string) => scenario.outcomes.find((o) => o.schemeId === id)!;

  it('shows bijstand, the kindgebonden budget, huurtoeslag and zorgtoeslag', () => {
    expect(scenario.outcomes.map((o) => o.schemeId).sort()).toEqual([...NA_SCHEIDING_REGELINGEN].sort());
  });

  it('bijstand is likely at the single norm (art. 21 PW), paid in full without income', () => {
    expect(outcome('algemeneBijstand').verdict).toBe('likely');
    expect(outcome('algemeneBijstand').amount?.perMaand).toBe(norm('bijstandsnorm.alleenstaande'));
  });

  it('reproduces the official 2026 kindgebonden budget table: single parent, two children, € 8.576 a year', () => {
    expect(outcome('kindgebondenBudget').amount?.perJaar).toBe(857600);
  });

  it('the kindgebonden budget now includes the alleenstaande-ouderkop (art. 2 lid 6 Wet KGB)', () => {
    const kgb = outcome('kindgebondenBudget');
    expect(kgb.verdict).toBe('likely');
    expect(kgb.amount?.steps.some((s) => s.key.endsWith('.ouderkop'))).toBe(true);
    expect(kgb.amount!.perJaar).toBeGreaterThanOrEqual(2 * norm('kindgebondenBudget.perKind') + norm('kindgebondenBudget.alleenstaandeOuderkop'));
  });

  it('with children it points to the LBIO for child support; without children it does not', () => {
    expect(scenario.kinderalimentatie).toBe(true);
    expect(scenario.contacts).toContain('lbio');
    const zonder = scheidingsscenario({ ...verdiendePartner, kinderen: [] }, PEILDATUM);
    expect(zonder.kinderalimentatie).toBe(false);
    expect(zonder.contacts).not.toContain('lbio');
  });

  it('savings of unknown split make bijstand "we can\'t tell: ask", never a no', () => {
    const metSpaargeld = scheidingsscenario({ ...gezinMetTweeKinderen, vermogen: 500000 }, PEILDATUM);
    expect(metSpaargeld.outcomes.find((o) => o.schemeId === 'algemeneBijstand')!.verdict).toBe('unknown');
  });
});
