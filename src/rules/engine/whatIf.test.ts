import { describe, expect, it } from 'vitest';
import { PEILDATUM, alleenstaande, context, metInkomen, metLoon, metKinderen, norm, paar } from '../../../tests/fixtures/rules';
import { euro } from '../../../tests/fixtures/toeslagen';
import { algemeneBijstand } from '../schemes/algemeneBijstand/algemeneBijstand';
import { budgetcoaching } from '../schemes/budgetcoaching/budgetcoaching';
import { berekenZorgtoeslag, zorgtoeslag } from '../schemes/zorgtoeslag/zorgtoeslag';
import { kindgebondenBudget } from '../schemes/kindgebondenBudget/kindgebondenBudget';
import { minimaregelingen } from '../schemes/minimaregelingen/minimaregelingen';
import { evaluateScheme } from './evaluate';
import { inkomensgrens } from './toeslag';
import { inkomensraming } from '../household/inkomensraming';
import { whatIf } from './whatIf';

describe('whatIf: the income at which the verdict turns', () => {
  it('a single person € 130 under the bijstandsnorm loses the bijstand with € 130 more net a month: at the norm nothing is topped up', () => {
    const household = metInkomen(alleenstaande(), norm('bijstandsnorm.alleenstaande') - euro(130));
    expect(whatIf(algemeneBijstand, household, PEILDATUM)).toEqual({ inkomen: 'nettoPerMaand', verschil: euro(130), verdict: 'unlikely' });
  });

  it('a single person € 50 over the bijstandsnorm would qualify with € 50,01 less: at the norm nothing is topped up', () => {
    const household = metInkomen(alleenstaande(), norm('bijstandsnorm.alleenstaande') + euro(50));
    expect(whatIf(algemeneBijstand, household, PEILDATUM)).toEqual({ inkomen: 'nettoPerMaand', verschil: -euro(50) - 1, verdict: 'likely' });
  });

  it('for the zorgtoeslag with a known gross income it moves that income, up to the limit', () => {
    const household = { ...paar(), toetsingsinkomen: euro(36000) };
    const grens = inkomensgrens(berekenZorgtoeslag, household, context())!;
    expect(whatIf(zorgtoeslag, household, PEILDATUM)).toEqual({ inkomen: 'toetsingsinkomen', verschil: grens - euro(36000) + 1, verdict: 'unlikely' });
  });

  it('with an estimated gross income it moves the net income, past the margin', () => {
    const household = { ...metKinderen(metLoon(paar(), euro(2331.96)), 7, 10), toetsingsinkomen: null };
    const result = whatIf(kindgebondenBudget, household, PEILDATUM)!;
    expect(result.inkomen).toBe('nettoPerMaand');
    const net = euro(2331.96) + result.verschil;
    const withOverig = (cents: number) => ({ ...household, inkomen: { ...household.inkomen, overig: cents } });
    expect(evaluateScheme(kindgebondenBudget, withOverig(net - euro(2331.96)), PEILDATUM).verdict).toBe('unlikely');
    expect(evaluateScheme(kindgebondenBudget, withOverig(net - euro(2331.96) - 1), PEILDATUM).verdict).not.toBe('unlikely');
  });

  it('a municipal scheme at 110% of the norm turns one cent above its limit', () => {
    const grens = Math.round((norm('bijstandsnorm.alleenstaande') * 110) / 100);
    const household = metInkomen(alleenstaande(), grens - euro(10));
    expect(whatIf(minimaregelingen, household, PEILDATUM)).toEqual({ inkomen: 'nettoPerMaand', verschil: euro(10) + 1, verdict: 'unlikely' });
  });

  it('more income is added as other income, so pay from work and benefits stay as answered', () => {
    const household = { ...alleenstaande(), inkomen: { werk: euro(300), uitkering: euro(800), pensioen: 0, overig: 0 } };
    // The holiday pay of the wages and the benefit counts too; at the norm nothing is topped up.
    const raming = inkomensraming(household, context())!;
    expect(whatIf(algemeneBijstand, household, PEILDATUM)?.verschil).toBe(norm('bijstandsnorm.alleenstaande') - raming.netto - Math.round(raming.vakantiegeld));
  });

  it('gives nothing for a scheme that does not test income', () => {
    expect(whatIf(budgetcoaching, alleenstaande(40, { wilHulpBijGeldzaken: 'ja' }), PEILDATUM)).toBeNull();
  });

  it('gives nothing when something else than income says no (too old for bijstand)', () => {
    expect(whatIf(algemeneBijstand, metInkomen(alleenstaande(70), euro(2000)), PEILDATUM)).toBeNull();
  });

  it('gives nothing when the verdict is "can\'t tell"', () => {
    expect(whatIf(algemeneBijstand, alleenstaande(40, { vermogen: null }), PEILDATUM)).toBeNull();
  });

  it('gives nothing when the income is unknown', () => {
    expect(whatIf(algemeneBijstand, metInkomen(alleenstaande(), null), PEILDATUM)).toBeNull();
  });
});
