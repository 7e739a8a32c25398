import { describe, expect, it } from 'vitest';
import { alleenstaande, context, metInkomen, metLoon, norm } from '../../../tests/fixtures/rules';
import { euro } from '../../../tests/fixtures/toeslagen';
import { inkomensraming } from './inkomensraming';
import { toetsingsinkomen } from './toetsingsinkomen';

describe('toetsingsinkomen', () => {
  it('is the answer when the inhabitant knew the gross yearly income', () => {
    expect(toetsingsinkomen({ ...alleenstaande(), toetsingsinkomen: euro(31000) }, context())).toEqual({ bedrag: euro(31000), geschat: false });
  });

  it('is a known zero for someone without income', () => {
    expect(toetsingsinkomen({ ...alleenstaande(), toetsingsinkomen: 0 }, context())).toEqual({ bedrag: 0, geschat: false });
  });

  it('is estimated from the net income with the loonheffing rules when the gross income is not known, with the margin it may be off', () => {
    const household = { ...metLoon(alleenstaande(), euro(2200)), toetsingsinkomen: null };
    expect(toetsingsinkomen(household, context())).toEqual({
      bedrag: inkomensraming(household, context())!.brutoPerJaar,
      geschat: true,
      nettoPerMaand: euro(2200),
      marge: norm('toeslagen.schattingsmarge'),
    });
  });

  it('€ 2.200 net a month in wages is about € 30.162 gross a year with holiday pay (loonheffing-2026.md §4.2), not the € 33.000 of a flat 125%', () => {
    const bedrag = toetsingsinkomen({ ...metLoon(alleenstaande(), euro(2200)), toetsingsinkomen: null }, context())!.bedrag;
    expect(Math.abs(bedrag - euro(30162.2))).toBeLessThanOrEqual(euro(12));
  });

  it('a pensioner on a full AOW: factor about 1,12, not 1,25 (the AOW premium is not paid from AOW age)', () => {
    const bedrag = toetsingsinkomen({ ...alleenstaande(68), inkomen: { werk: 0, uitkering: 0, pensioen: euro(1581.55), overig: 0 }, toetsingsinkomen: null }, context())!.bedrag;
    expect(bedrag / (euro(1581.55) * 12)).toBeCloseTo(1.12, 2);
  });

  it('is unknown when neither the gross nor every part of the net income is known', () => {
    expect(toetsingsinkomen({ ...metInkomen(alleenstaande(), null), toetsingsinkomen: null }, context())).toBeNull();
  });

  it('rests on an assumption that is marked unverified, with a note on why', () => {
    const use = context().norm('toeslagen.schattingsmarge');
    expect(use.verified).toBe(false);
    expect(use.sourceId).toBe('aanname.toetsingsinkomen');
  });
});
