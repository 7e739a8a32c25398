import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCREENS } from './saveAnswers';
import { parseSaved, readSaved, type Saved } from './savedAnswers';

const aSave: Saved = {
  answers: {
    woonplaats: 'heemskerk',
    leefvorm: 'samen',
    leeftijd: '45',
    partnerLeeftijd: '43',
    aantalKinderen: '2',
    kinderLeeftijden: ['7', '10'],
    inkomstenbronnen: ['werk', 'uitkering'],
    inkomen: { werk: '1.250,00', uitkering: '' },
    inkomenOnbekend: { uitkering: true },
    ontvangtBijstand: 'nee',
    laagInkomenSinds: 'weetNiet',
    vermogenOnbekend: true,
    woonsituatie: 'huur',
    huur: '€ 650',
    schulden: 'zegIkLiever',
  },
  stepId: 'wonen',
  screen: 'questions',
};

const text = fc.string({ maxLength: 40 });
const oneOf = <T extends string>(...values: T[]) => fc.constantFrom(...values);
const perBron = <T>(value: fc.Arbitrary<T>) => fc.record({ werk: value, uitkering: value, pensioen: value, overig: value }, { requiredKeys: [] });

/** Any save the app could have written: every answer optional, each within its limits. */
const aValidSave: fc.Arbitrary<Saved> = fc.record(
  {
    answers: fc.record(
      {
        woonplaats: oneOf('heemskerk', 'elders'),
        leefvorm: oneOf('alleen', 'samen'),
        leeftijd: text,
        partnerLeeftijd: text,
        aantalKinderen: text,
        kinderLeeftijden: fc.array(text, { maxLength: 10 }),
        kostendelers: text,
        ondernemer: oneOf('ja', 'nee'),
        stoptMetBedrijf: oneOf('ja', 'nee'),
        werkloosNa50: oneOf('ja', 'nee'),
        studiefinanciering: oneOf('ja', 'nee'),
        studieBeperking: oneOf('ja', 'nee'),
        kinderopvang: oneOf('ja', 'nee'),
        inkomstenbronnen: fc.uniqueArray(oneOf('werk', 'uitkering', 'pensioen', 'overig', 'geen'), { maxLength: 5 }),
        inkomen: perBron(text),
        inkomenOnbekend: perBron(fc.boolean()),
        ontvangtBijstand: oneOf('ja', 'nee'),
        toetsingsinkomen: text,
        toetsingsinkomenOnbekend: fc.boolean(),
        laagInkomenSinds: oneOf('lang', 'kort', 'weetNiet'),
        vermogen: text,
        vermogenOnbekend: fc.boolean(),
        woonsituatie: oneOf('huur', 'koop', 'inwonend', 'anders'),
        huur: text,
        huurOnbekend: fc.boolean(),
        betalingsachterstanden: oneOf('ja', 'nee', 'zegIkLiever'),
        schulden: oneOf('ja', 'nee', 'zegIkLiever'),
        wilHulpBijGeldzaken: oneOf('ja', 'nee', 'zegIkLiever'),
      },
      { requiredKeys: [] },
    ),
    stepId: text,
    screen: fc.constantFrom(...SCREENS),
  },
  { requiredKeys: ['answers'] },
);

/** What every result of parseSaved must look like, whatever it was given. */
function expectSavedShape(saved: Saved): void {
  expect(typeof saved).toBe('object');
  expect(saved).not.toBeNull();
  expect(typeof saved.answers).toBe('object');
  expect(saved.answers).not.toBeNull();
  expect(Array.isArray(saved.answers)).toBe(false);
}

describe('parseSaved', () => {
  it('a valid save read back after JSON.stringify equals what was saved', () => {
    expect(parseSaved(JSON.stringify(aSave))).toEqual(aSave);
  });

  it('a save with only answers is read back without a step or screen', () => {
    expect(parseSaved(JSON.stringify({ answers: { leeftijd: '30' } }))).toEqual({ answers: { leeftijd: '30' } });
  });

  it('fields the app does not know are dropped rather than kept', () => {
    const raw = JSON.stringify({ ...aSave, extra: 'x', answers: { ...aSave.answers, onbekendVeld: 1 } });
    expect(parseSaved(raw)).toEqual(aSave);
  });

  const tooLong = 'x'.repeat(41);
  const broken: [string, string | null][] = [
    ['nothing stored (null)', null],
    ['an empty string', ''],
    ['text that is not JSON', 'not json'],
    ['a save whose answers are a number', '{"answers": 5}'],
    ['an array', '[]'],
    ['JSON null', 'null'],
    ['a bare number', '42'],
    ['an object without answers', '{"other": "app"}'],
    ['an age string longer than 40 characters', JSON.stringify({ answers: { leeftijd: tooLong } })],
    ['an amount string longer than 40 characters', JSON.stringify({ answers: { inkomen: { werk: tooLong } } })],
    ['a step id longer than 40 characters', JSON.stringify({ answers: {}, stepId: tooLong })],
    ['an unknown screen', JSON.stringify({ answers: {}, screen: 'admin' })],
    ['a choice that is not an option', JSON.stringify({ answers: { woonplaats: 'amsterdam' } })],
    ['more than ten children\'s ages', JSON.stringify({ answers: { kinderLeeftijden: Array<string>(11).fill('5') } })],
    ['a "weet ik niet" box that is not true or false', JSON.stringify({ answers: { vermogenOnbekend: 'yes' } })],
    ['truncated JSON', JSON.stringify(aSave).slice(0, -3)],
  ];
  it.each(broken)('%s gives the empty state', (_, raw) => {
    expect(parseSaved(raw)).toEqual({ answers: {} });
  });

  it('one invalid answer is dropped and the other answers are kept', () => {
    const raw = JSON.stringify({ ...aSave, answers: { ...aSave.answers, leeftijd: tooLong, woonplaats: 'amsterdam' } });
    const { leeftijd: _leeftijd, woonplaats: _woonplaats, ...rest } = aSave.answers;
    expect(parseSaved(raw)).toEqual({ ...aSave, answers: rest });
  });

  it('one over-long income source is dropped and the other sources are kept', () => {
    const raw = JSON.stringify({ answers: { inkomen: { werk: '9'.repeat(41), uitkering: '850' }, inkomenOnbekend: { pensioen: true, overig: 'x' }, leeftijd: '45' } });
    expect(readSaved(raw)).toEqual({ saved: { answers: { inkomen: { uitkering: '850' }, inkomenOnbekend: { pensioen: true }, leeftijd: '45' } }, dropped: true });
  });

  it('says when something was left out, and not for a clean save, a half-filled step or nothing saved', () => {
    expect(readSaved(JSON.stringify(aSave)).dropped).toBe(false);
    expect(readSaved(JSON.stringify({ answers: { woonplaats: null, leefvorm: 'alleen' }, stepId: 'huishouden' })).dropped).toBe(false);
    expect(readSaved(null).dropped).toBe(false);
    expect(readSaved('{"answers":').dropped).toBe(true);
    expect(readSaved(JSON.stringify({ answers: { woonplaats: 'amsterdam' } })).dropped).toBe(true);
    expect(readSaved(JSON.stringify({ answers: { onbekendVeld: 'x' } })).dropped).toBe(true);
    expect(readSaved(JSON.stringify({ answers: {}, screen: 'admin' })).dropped).toBe(true);
  });

  it('an invalid step or screen is dropped and the answers are kept', () => {
    const raw = JSON.stringify({ answers: { leeftijd: '30' }, stepId: tooLong, screen: 'admin' });
    expect(parseSaved(raw)).toEqual({ answers: { leeftijd: '30' } });
  });

  it('a save without answers keeps its step and screen with no answers', () => {
    expect(parseSaved(JSON.stringify({ stepId: 'wonen', screen: 'questions' }))).toEqual({ answers: {}, stepId: 'wonen', screen: 'questions' });
  });

  describe('on random input', () => {
    it('never throws on any string and always returns an object with an answers object', () => {
      fc.assert(
        fc.property(fc.string(), (raw) => {
          expectSavedShape(parseSaved(raw));
        }),
      );
    });

    it('never throws on any JSON text and always returns an object with an answers object', () => {
      fc.assert(
        fc.property(fc.json(), (raw) => {
          expectSavedShape(parseSaved(raw));
        }),
      );
    });

    it('never throws on JSON objects that have an answers field of any shape', () => {
      fc.assert(
        fc.property(fc.record({ answers: fc.jsonValue(), stepId: fc.jsonValue(), screen: fc.jsonValue() }, { requiredKeys: ['answers'] }), (value) => {
          expectSavedShape(parseSaved(JSON.stringify(value)));
        }),
      );
    });

    it('any valid save is read back exactly as it was saved', () => {
      fc.assert(
        fc.property(aValidSave, (saved) => {
          expect(parseSaved(JSON.stringify(saved))).toEqual(saved);
        }),
      );
    });
  });
});
