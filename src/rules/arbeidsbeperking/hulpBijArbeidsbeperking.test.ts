/**
 * The results section for someone whose illness or disability limits the work (issue 20), and how a
 * UWV benefit counts: as income (art. 31 and 32 PW; Awir art. 8), with the holiday pay UWV adds to
 * WW, WIA and Wajong but which the Ziektewet benefit already holds (loonheffing-2026.md §1.3).
 */
import { describe, expect, it } from 'vitest';
import { alleenstaande, context, norm } from '../../../tests/fixtures/rules';
import { euro } from '../../../tests/fixtures/toeslagen';
import { evaluate } from '../engine/evaluate';
import { inkomensraming } from '../household/inkomensraming';
import { hulpBijArbeidsbeperking } from './hulpBijArbeidsbeperking';

const PEILDATUM = '2026-07-01';
const metUitkering = (soortUitkering: 'wajong' | 'wia' | 'ziektewet' | 'ww' | null) =>
  alleenstaande(30, { inkomen: { werk: 0, uitkering: euro(1200), pensioen: 0, overig: 0 }, soortUitkering, arbeidsbeperking: 'ja' });

describe('hulpBijArbeidsbeperking', () => {
  it('shows nothing without an illness or disability that limits the work, or when it was not said', () => {
    expect(hulpBijArbeidsbeperking(alleenstaande(30, { arbeidsbeperking: 'nee' }), PEILDATUM, [])).toBeNull();
    expect(hulpBijArbeidsbeperking(alleenstaande(30, { arbeidsbeperking: null }), PEILDATUM, [])).toBeNull();
  });

  it('a Wajong recipient living alone: the Wajong part, no urenbeperking part without work, the municipality and UWV to ask', () => {
    expect(hulpBijArbeidsbeperking(metUitkering('wajong'), PEILDATUM, [])).toEqual({
      urenbeperking: null,
      uitkering: 'wajong',
      studeert: false,
      inkomenstoeslag: null,
      contacts: ['gemeenteHeemskerkLoket', 'uwv', 'metHeemskerk'],
    });
  });

  it('a WW benefit is not a UWV benefit of this group', () => {
    expect(hulpBijArbeidsbeperking(metUitkering('ww'), PEILDATUM, [])?.uitkering).toBeNull();
  });

  it('work income below AOW age: the urenbeperking part, with the status as known', () => {
    const werkt = alleenstaande(30, { inkomen: { werk: euro(600), uitkering: 0, pensioen: 0, overig: 0 }, arbeidsbeperking: 'ja', medischUrenbeperkt: null });
    expect(hulpBijArbeidsbeperking(werkt, PEILDATUM, [])?.urenbeperking).toEqual({ vastgesteld: null });
    expect(hulpBijArbeidsbeperking({ ...werkt, aanvrager: { leeftijd: norm('leeftijd.aow', PEILDATUM) } }, PEILDATUM, [])?.urenbeperking).toBeNull();
    expect(hulpBijArbeidsbeperking({ ...werkt, ondernemer: true }, PEILDATUM, [])?.urenbeperking).toBeNull();
  });

  it('a student: the studietoeslag part', () => {
    expect(hulpBijArbeidsbeperking(alleenstaande(20, { arbeidsbeperking: 'ja', studiefinanciering: true }), PEILDATUM, [])?.studeert).toBe(true);
  });
});

describe('the individuele inkomenstoeslag (art. 36 lid 2 a PW: the college weighs the krachten en bekwaamheden), pointed to from its own outcome', () => {
  const iit = (changes: Parameters<typeof alleenstaande>[1]) => {
    const h = metUitkering('wajong');
    const household = { ...h, ...changes };
    return hulpBijArbeidsbeperking(household, PEILDATUM, evaluate(household, PEILDATUM))?.inkomenstoeslag;
  };

  it('a Wajong recipient living alone with a low income for three years or more: likely, as the IIT card says', () => {
    expect(iit({ laagInkomenSinds: 'lang' })).toBe('likely');
  });

  it('not yet three years: the IIT is unlikely and the section does not point to it', () => {
    expect(iit({ laagInkomenSinds: 'kort' })).toBeNull();
  });

  it('does not know how long: unknown, as the IIT card says', () => {
    expect(iit({ laagInkomenSinds: null })).toBe('unknown');
  });

  it('reads the outcome it is given, nothing else: without outcomes there is nothing to point to', () => {
    expect(hulpBijArbeidsbeperking({ ...metUitkering('wajong'), laagInkomenSinds: 'lang' }, PEILDATUM, [])?.inkomenstoeslag).toBeNull();
  });
});

describe('a UWV benefit in the gross estimate (inkomensraming)', () => {
  const raming = (soort: Parameters<typeof metUitkering>[0]) => inkomensraming(metUitkering(soort), context(PEILDATUM))!;

  it('Wajong and WIA get the 8% holiday pay like WW, and so the same estimate', () => {
    expect(raming('wajong')).toEqual(raming('ww'));
    expect(raming('wia')).toEqual(raming('ww'));
    expect(raming('wajong').vakantiegeld).toBeGreaterThan(0);
  });

  it('the Ziektewet benefit already holds it: no holiday pay on top, a lower gross', () => {
    expect(raming('ziektewet').vakantiegeld).toBe(0);
    expect(raming('ziektewet').brutoPerJaar).toBeLessThan(raming('ww').brutoPerJaar);
  });

  it('an unknown kind is estimated as before, with the holiday pay', () => {
    expect(raming(null)).toEqual(raming('ww'));
  });
});
