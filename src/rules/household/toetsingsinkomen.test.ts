import { describe, expect, it } from 'vitest';
import { alleenstaande, context, metInkomen, norm, paar } from '../../../tests/fixtures/rules';
import { euro } from '../../../tests/fixtures/toeslagen';
import { toetsingsinkomen } from './toetsingsinkomen';

describe('toetsingsinkomen', () => {
  it('is the answer when the inhabitant knew the gross yearly income', () => {
    expect(toetsingsinkomen({ ...alleenstaande(), toetsingsinkomen: euro(31000) }, context())).toEqual({ bedrag: euro(31000), geschat: false });
  });

  it('is a known zero for someone without income', () => {
    expect(toetsingsinkomen({ ...alleenstaande(), toetsingsinkomen: 0 }, context())).toEqual({ bedrag: 0, geschat: false });
  });

  it('is estimated from the net income when the gross income is not known: net × 12 × the factor', () => {
    const factor = norm('toeslagen.brutoNettoFactor');
    const household = { ...metInkomen(paar(), euro(2331.96)), toetsingsinkomen: null };
    expect(toetsingsinkomen(household, context())).toEqual({ bedrag: Math.round((euro(2331.96) * 12 * factor) / 100), geschat: true, nettoPerMaand: euro(2331.96), factor });
  });

  it('with the assumed factor of 125%, € 2.000 net a month is estimated at € 30.000 gross a year', () => {
    expect(toetsingsinkomen({ ...metInkomen(alleenstaande(), euro(2000)), toetsingsinkomen: null }, context())?.bedrag).toBe(euro(30000));
  });

  it('is unknown when neither the gross nor every part of the net income is known', () => {
    expect(toetsingsinkomen({ ...metInkomen(alleenstaande(), null), toetsingsinkomen: null }, context())).toBeNull();
  });

  it('rests on an assumption that is marked unverified, with a note on why', () => {
    const use = context().norm('toeslagen.brutoNettoFactor');
    expect(use.verified).toBe(false);
    expect(use.sourceId).toBe('aanname.toetsingsinkomen');
  });
});
