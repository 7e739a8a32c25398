/**
 * Which questions the rules need, from what is known so far: each boundary one below, at and one
 * above the figure in the norms, and an unknown age that keeps every question (nothing left out
 * on a guess).
 */
import { describe, expect, it } from 'vitest';
import { PEILDATUM } from '../../../tests/fixtures/rules';
import { getNorm } from '../norms/getNorm';
import { nodigKostendelers } from '../household/bijstandsnorm';
import { nodigStudiefinanciering } from './conditions';
import { nodigLaagInkomenSinds } from '../schemes/individueleInkomenstoeslag/individueleInkomenstoeslag';
import { nodigWerkloosNa50 } from '../schemes/ioaw/ioaw';
import { nodigStoptMetBedrijf } from '../schemes/ioaz/ioaz';

const norm = (id: Parameters<typeof getNorm>[0]) => getNorm(id, PEILDATUM).value;
const aow = norm('leeftijd.aow');

describe('IOAW art. 2–3: unemployed at 50 or later, only for a former employee under AOW age', () => {
  const vanaf = norm('ioaw.leeftijdWerkloos');
  it.each([
    [vanaf - 1, false],
    [vanaf, true],
    [aow - 1, true],
    [aow, false],
  ])('age %i: asked %s', (leeftijd, asked) => {
    expect(nodigWerkloosNa50({ leeftijd, ondernemer: false }, PEILDATUM)).toBe(asked);
  });
  it('is not asked of the self-employed, and asked while the age is unknown', () => {
    expect(nodigWerkloosNa50({ leeftijd: vanaf, ondernemer: true }, PEILDATUM)).toBe(false);
    expect(nodigWerkloosNa50({ leeftijd: null, ondernemer: null }, PEILDATUM)).toBe(true);
  });
});

describe('IOAZ art. 2: stopping the business, only for the self-employed from 55 up to AOW age', () => {
  const vanaf = norm('ioaz.minimumleeftijd');
  it.each([
    [vanaf - 1, false],
    [vanaf, true],
    [aow - 1, true],
    [aow, false],
  ])('age %i: asked %s', (leeftijd, asked) => {
    expect(nodigStoptMetBedrijf({ leeftijd, ondernemer: true }, PEILDATUM)).toBe(asked);
  });
  it('is not asked of an employee, nor before the business question is answered', () => {
    expect(nodigStoptMetBedrijf({ leeftijd: vanaf, ondernemer: false }, PEILDATUM)).toBe(false);
    expect(nodigStoptMetBedrijf({ leeftijd: vanaf, ondernemer: null }, PEILDATUM)).toBe(false);
  });
});

describe('IIT art. 36 PW: long-term low income, only from the minimum age up to AOW age', () => {
  const vanaf = norm('iit.minimumleeftijd');
  it.each([
    [vanaf - 1, false],
    [vanaf, true],
    [aow - 1, true],
    [aow, false],
    [null, true],
  ])('age %s: asked %s', (leeftijd, asked) => {
    expect(nodigLaagInkomenSinds({ leeftijd, ondernemer: null }, PEILDATUM)).toBe(asked);
  });
});

describe('Art. 22a PW: housemates count only from the adults’ norm on', () => {
  const vanaf = norm('leeftijd.volwassenennorm');
  it.each([
    [vanaf - 1, false],
    [vanaf, true],
    [null, true],
  ])('age %s: asked %s', (leeftijd, asked) => {
    expect(nodigKostendelers({ leeftijd, ondernemer: null }, PEILDATUM)).toBe(asked);
  });
});

describe('Art. 13 lid 2 PW, art. 36b PW, Wsf 2000 and WTOS: student finance is asked up to AOW age, never from it', () => {
  it.each([
    [30, true],
    [aow - 1, true],
    [aow, false],
    [68, false],
    [null, true],
  ])('age %s: asked %s', (leeftijd, asked) => {
    expect(nodigStudiefinanciering({ leeftijd, ondernemer: null }, PEILDATUM)).toBe(asked);
  });
});
