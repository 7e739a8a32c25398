import { describe, expect, it } from 'vitest';
import { PEILDATUM, alleenstaande, limiet, metInkomen, norm, paar } from '../../../tests/fixtures/rules';
import { scheidingsscenario } from '../eigenPerspectief/naScheiding';
import { euro } from '../../../tests/fixtures/toeslagen';
import { schemes } from '../schemes';
import { evaluate } from './evaluate';
import { actionPlan } from './actionPlan';
import { supportByIncome } from './supportByIncome';
import { nearMisses, verjaardagen } from './whatIf';

const pensionado = (vermogen: number) => alleenstaande(68, { inkomen: { werk: 0, uitkering: 0, pensioen: euro(1000), overig: 0 }, vermogen, toetsingsinkomen: null });

describe('nearMisses: savings against the asset limit (art. 34 PW)', () => {
  it('a 68-year-old with € 9.000 savings is € 1.000 above the AIO limit and is told what the AIO would bring below it', () => {
    const aio = nearMisses(schemes, pensionado(euro(9000)), PEILDATUM).find((m) => m.schemeId === 'aio')!;
    expect(aio.verandering).toEqual({ soort: 'vermogen', verschil: -(euro(9000) - norm('vermogensgrens.alleenstaande')) });
    expect(aio.verdict).toBe('likely');
    expect(aio.perMaand).toBeGreaterThan(0);
    expect(aio.sourceIds).toContain('participatiewet.art34');
  });

  it('at the limit the AIO is not a near miss but likely; one euro-cent above it is a near miss of one cent', () => {
    expect(nearMisses(schemes, pensionado(norm('vermogensgrens.alleenstaande')), PEILDATUM).some((m) => m.schemeId === 'aio')).toBe(false);
    const aio = nearMisses(schemes, pensionado(norm('vermogensgrens.alleenstaande') + 1), PEILDATUM).find((m) => m.schemeId === 'aio')!;
    expect(aio.verandering).toEqual({ soort: 'vermogen', verschil: -1 });
  });

  it('savings far above the limit (more than a quarter too much) are no near miss', () => {
    expect(nearMisses(schemes, pensionado(euro(50000)), PEILDATUM).some((m) => m.schemeId === 'aio')).toBe(false);
  });

  it('with savings unknown, nothing is said about them', () => {
    expect(nearMisses(schemes, pensionado(euro(9000)), PEILDATUM).length).toBeGreaterThan(0);
    expect(nearMisses(schemes, { ...pensionado(euro(9000)), vermogen: null }, PEILDATUM).some((m) => m.verandering.soort === 'vermogen')).toBe(false);
  });
});

describe('nearMisses: a little less income (minima schemes at 110 % of the norm)', () => {
  it('a single person € 20 over 110 % of the norm misses the minimaregelingen by € 20,01', () => {
    const grens = limiet('bijstandsnorm.alleenstaande', 'minimaregelingen.inkomensgrens');
    const household = alleenstaande(40, { inkomen: { werk: 0, uitkering: 0, pensioen: 0, overig: grens + euro(20) }, toetsingsinkomen: null });
    const miss = nearMisses(schemes, household, PEILDATUM).find((m) => m.schemeId === 'minimaregelingen')!;
    expect(miss.verandering).toEqual({ soort: 'inkomen', inkomen: 'nettoPerMaand', verschil: -euro(20) });
    expect(miss.verdict).not.toBe('unlikely');
  });
});

describe('nearMisses: less income only where the scheme would pay more than the income given up', () => {
  const alleenstaandeNorm = norm('bijstandsnorm.alleenstaande');
  const bijstandMiss = (netto: number) => nearMisses(schemes, { ...metInkomen(alleenstaande(), netto), toetsingsinkomen: null }, PEILDATUM).find((m) => m.schemeId === 'algemeneBijstand');

  it('just above the bijstand norm the top-up would be about nothing, so no "less income" near miss (art. 21 PW tops up to the norm)', () => {
    expect(bijstandMiss(alleenstaandeNorm + 1)).toBeUndefined();
    expect(bijstandMiss(alleenstaandeNorm + euro(133))).toBeUndefined();
  });

  it('a scheme without an amount (the minimaregelingen) keeps its near miss: what it pays is not known', () => {
    const grens = limiet('bijstandsnorm.alleenstaande', 'minimaregelingen.inkomensgrens');
    const household = alleenstaande(40, { inkomen: { werk: 0, uitkering: 0, pensioen: 0, overig: grens + euro(2) }, toetsingsinkomen: null });
    expect(nearMisses(schemes, household, PEILDATUM).find((m) => m.schemeId === 'minimaregelingen')).toMatchObject({ perMaand: null });
  });
});

describe('verjaardagen: a child turning 12 or 18 (kindgebonden budget, Wet op het kindgebonden budget art. 2)', () => {
  const ouder = (leeftijd: number) => alleenstaande(40, { kinderen: [{ leeftijd }], inkomen: { werk: euro(1500), uitkering: 0, pensioen: 0, overig: 0 }, toetsingsinkomen: euro(20000) });

  it('a child turning 12 raises the kindgebonden budget', () => {
    const [verjaardag] = verjaardagen(schemes, ouder(11), PEILDATUM);
    expect(verjaardag!.verandering).toEqual({ soort: 'verjaardag', kind: 0, leeftijd: 12 });
    const kgb = verjaardag!.wijzigingen.find((w) => w.schemeId === 'kindgebondenBudget')!;
    expect(kgb.perMaandNa!).toBeGreaterThan(kgb.perMaandVoor!);
  });

  it('a child turning 18 ends the kindgebonden budget', () => {
    const kgb = verjaardagen(schemes, ouder(17), PEILDATUM)[0]!.wijzigingen.find((w) => w.schemeId === 'kindgebondenBudget')!;
    expect(kgb).toMatchObject({ voor: 'likely', na: 'unlikely', perMaandNa: null });
  });

  it('a birthday that changes nothing (8 to 9) is not listed', () => {
    expect(verjaardagen(schemes, ouder(8), PEILDATUM)).toEqual([]);
  });
});

describe('supportByIncome: the chart from zero income to where support ends', () => {
  const series = supportByIncome(schemes, alleenstaande(40, { toetsingsinkomen: null }), PEILDATUM);

  it('the minimaregelingen stop one cent above 110 % of the single norm, and the collective health insurance above its own limit', () => {
    const cliff = (id: string) => series.cliffs.find((c) => c.schemeId === id)?.inkomen;
    expect(cliff('minimaregelingen')).toBe(limiet('bijstandsnorm.alleenstaande', 'minimaregelingen.inkomensgrens') + 1);
    expect(cliff('collectieveZorgverzekering')).toBe(limiet('bijstandsnorm.alleenstaande', 'collectieveZorgverzekering.inkomensgrens') + 1);
  });

  it('starts at zero income, steps evenly, and ends where no scheme is likely', () => {
    expect(series.punten[0]!.inkomen).toBe(0);
    expect(series.punten[0]!.perMaand).toBeGreaterThan(0);
    expect(series.punten.at(-1)!.likely).toEqual([]);
    expect(series.punten.at(-2)!.likely.length).toBeGreaterThan(0);
  });

  it('"you are here" is the household at its own net income', () => {
    expect(series.hier?.inkomen).toBe(0);
  });
});

describe('actionPlan: steps per organisation, deadlines, one checklist', () => {
  const household = alleenstaande(40, { inkomen: { werk: 0, uitkering: 0, pensioen: 0, overig: euro(1200) }, toetsingsinkomen: null, vermogen: 0 });
  const outcomes = evaluate(household, PEILDATUM);

  it('one step for the municipality covers all its schemes, and urgent contacts come first', () => {
    const plan = actionPlan(outcomes, schemes, PEILDATUM, [], ['gemeenteHeemskerkLoket', 'voedselbank']);
    expect(plan.stappen[0]).toMatchObject({ organisatie: 'gemeente', urgent: true });
    expect(plan.stappen.filter((s) => s.organisatie === 'gemeente')).toHaveLength(1);
    expect(plan.stappen[0]!.regelingen.length).toBeGreaterThan(1);
    expect(plan.stappen[1]).toMatchObject({ organisatie: 'voedselbank', urgent: true, regelingen: [] });
  });

  it('a toeslag can be asked for until 1 September of the next year (Awir art. 15 lid 1)', () => {
    const plan = actionPlan(outcomes, schemes, PEILDATUM);
    const zorgtoeslag = plan.stappen.flatMap((s) => s.regelingen).find((r) => r.schemeId === 'zorgtoeslag')!.deadline;
    expect(zorgtoeslag).toMatchObject({ key: 'actionPlan.deadlines.toeslag', params: { datum: { date: '2027-09-01' }, jaar: 2026 }, verified: false });
  });

  it('a scheme without a term in its rules is named without one; kwijtschelding says to ask for the municipality\'s term', () => {
    const plan = actionPlan(outcomes, schemes, PEILDATUM);
    const gemeente = plan.stappen.find((s) => s.organisatie === 'gemeente')!;
    const schemeIds = gemeente.regelingen.map((r) => r.schemeId);
    expect(schemeIds).toContain('bijzondereBijstand');
    expect(gemeente.regelingen.find((r) => r.schemeId === 'bijzondereBijstand')!.deadline).toBeNull();
    expect(plan.stappen.flatMap((s) => s.regelingen).filter((r) => r.deadline?.key === 'actionPlan.deadlines.vraag').map((r) => r.schemeId)).toEqual(
      schemeIds.includes('kwijtschelding') ? ['kwijtschelding'] : [],
    );
  });

  it('what is already received gets no step, and each document says for how many schemes it is needed', () => {
    const plan = actionPlan(outcomes, schemes, PEILDATUM, ['zorgtoeslag']);
    expect(plan.stappen.flatMap((s) => s.regelingen.map((r) => r.schemeId))).not.toContain('zorgtoeslag');
    const counts = plan.documenten.map((d) => d.schemeIds.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(plan.documenten.find((d) => d.documentId === 'idBewijs')?.schemeIds.length).toBeGreaterThan(1);
  });
});

describe('nearMisses: the applicant without the partner, for a couple just missing the bijstand on its joint income (art. 21–22 PW)', () => {
  const gehuwden = norm('bijstandsnorm.gehuwden');
  const stel = (netto: number) => ({ ...metInkomen(paar(), netto), toetsingsinkomen: null });
  const zonderPartner = (netto: number) => nearMisses(schemes, stel(netto), PEILDATUM).find((m) => m.schemeId === 'algemeneBijstand' && m.verandering.soort === 'zonderPartner');

  it('one cent below the couple norm the bijstand is likely: no near miss', () => {
    expect(nearMisses(schemes, stel(gehuwden - 1), PEILDATUM).some((m) => m.schemeId === 'algemeneBijstand')).toBe(false);
  });

  it('at the couple norm (nothing to top up) it is missed by one cent, and alone it would bring what the separation scenario says', () => {
    const misses = nearMisses(schemes, stel(gehuwden), PEILDATUM).filter((m) => m.schemeId === 'algemeneBijstand');
    expect(misses.map((m) => m.verandering)).toEqual([{ soort: 'zonderPartner' }]);
    const alleen = scheidingsscenario(stel(gehuwden), PEILDATUM).outcomes.find((o) => o.schemeId === 'algemeneBijstand')!;
    expect(misses[0]).toMatchObject({ verdict: 'likely', perMaand: alleen.amount!.perMaand });
    expect(misses[0]!.perMaand).toBeGreaterThan(0);
  });

  it('€ 100 above the couple norm it is still shown; half as much again (more than a quarter of the income too much) it is not', () => {
    expect(zonderPartner(gehuwden + euro(100))).toBeDefined();
    expect(zonderPartner(Math.round(gehuwden * 1.5))).toBeUndefined();
  });

  it('not for a single person, and not when the applicant alone could not be told (savings unknown)', () => {
    expect(nearMisses(schemes, { ...metInkomen(alleenstaande(), norm('bijstandsnorm.alleenstaande')), toetsingsinkomen: null }, PEILDATUM).some((m) => m.verandering.soort === 'zonderPartner')).toBe(false);
    expect(nearMisses(schemes, { ...stel(gehuwden), vermogen: euro(500) }, PEILDATUM).some((m) => m.verandering.soort === 'zonderPartner')).toBe(false);
  });
});
