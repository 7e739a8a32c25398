import { describe, expect, it } from 'vitest';
import {
  PEILDATUM,
  PEILDATUM_H1,
  alleenstaande,
  alleenstaandeOuder,
  context,
  metKinderen,
  norm,
  paar,
  titled,
} from '../../../tests/fixtures/rules';
import type { NormId } from '../norms/norms';
import { bijstandsnorm } from './bijstandsnorm';
import type { Household } from './household';

const normFor = (h: Household, peildatum = PEILDATUM) => bijstandsnorm(h, context(peildatum));

type BasisCase = { name: string; household: Household; normId: NormId; huishouden: string };

const basisCases: BasisCase[] = [
  { name: 'a single person of 21', household: alleenstaande(21), normId: 'bijstandsnorm.alleenstaande', huishouden: 'household.alleenstaande' },
  { name: 'a single person of 66', household: alleenstaande(66), normId: 'bijstandsnorm.alleenstaande', huishouden: 'household.alleenstaande' },
  { name: 'a single parent of 35', household: alleenstaandeOuder(35), normId: 'bijstandsnorm.alleenstaande', huishouden: 'household.alleenstaandeOuder' },
  { name: 'a single person of 18', household: alleenstaande(18), normId: 'bijstandsnorm.jongereAlleenstaande', huishouden: 'household.alleenstaande' },
  { name: 'a single person of 20', household: alleenstaande(20), normId: 'bijstandsnorm.jongereAlleenstaande', huishouden: 'household.alleenstaande' },
  { name: 'a single parent of 19', household: alleenstaandeOuder(19), normId: 'bijstandsnorm.jongereAlleenstaande', huishouden: 'household.alleenstaandeOuder' },
  { name: 'a single person of AOW age (67)', household: alleenstaande(67), normId: 'bijstandsnorm.alleenstaandeAow', huishouden: 'household.alleenstaandeAow' },
  { name: 'a couple both 21 or older', household: paar(40, 21), normId: 'bijstandsnorm.gehuwden', huishouden: 'household.paar' },
  { name: 'a couple both 21 or older with children', household: metKinderen(paar(40, 38), 7, 10), normId: 'bijstandsnorm.gehuwden', huishouden: 'household.paarMetKinderen' },
  { name: 'a couple both of AOW age', household: paar(70, 67), normId: 'bijstandsnorm.gehuwdenAow', huishouden: 'household.paarAow' },
  { name: 'a couple where the applicant has AOW age and the partner is 60', household: paar(68, 60), normId: 'bijstandsnorm.gehuwdenEenAow', huishouden: 'household.paarEenAow' },
  { name: 'a couple where the partner has AOW age and the applicant is 60', household: paar(60, 68), normId: 'bijstandsnorm.gehuwdenEenAow', huishouden: 'household.paarEenAow' },
  { name: 'a couple of 25 and 20 without children', household: paar(25, 20), normId: 'bijstandsnorm.gemengdJongGehuwden', huishouden: 'household.paar' },
  { name: 'a couple of 19 and 30 without children', household: paar(19, 30), normId: 'bijstandsnorm.gemengdJongGehuwden', huishouden: 'household.paar' },
  { name: 'a couple of 25 and 20 with a child', household: metKinderen(paar(25, 20), 1), normId: 'bijstandsnorm.gemengdJongGehuwdenMetKinderen', huishouden: 'household.paarMetKinderen' },
  { name: 'a couple both 18–20 without children', household: paar(19, 20), normId: 'bijstandsnorm.jongereGehuwden', huishouden: 'household.paar' },
  { name: 'a couple both 18–20 with a child', household: metKinderen(paar(18, 20), 0), normId: 'bijstandsnorm.jongereGehuwdenMetKinderen', huishouden: 'household.paarMetKinderen' },
];

describe('toepasselijke bijstandsnorm without kostendelers', () => {
  describe.each([
    ['second half of 2026', PEILDATUM],
    ['first half of 2026', PEILDATUM_H1],
  ])('%s', (_, peildatum) => {
    it.each(titled(basisCases, (c) => `${c.name} gets ${c.normId}`))('%s', (_, { household, normId, huishouden }) => {
      expect(normFor(household, peildatum)).toMatchObject({
        bedrag: norm(normId, peildatum),
        huishouden,
        geldigVanaf: peildatum === PEILDATUM ? '2026-07-01' : '2026-01-01',
      });
    });
  });

  it.each([17, 0])('a single person of %i has no norm of their own', (leeftijd) => {
    expect(normFor(alleenstaande(leeftijd))).toBeNull();
  });

  it('an applicant of 17 with a partner of 25: the partner applies for the household, so who fills in the form does not matter', () => {
    expect(normFor(metKinderen(paar(17, 25), 1))).toEqual(normFor(metKinderen(paar(25, 17), 1)));
    expect(normFor(metKinderen(paar(17, 25), 1))?.bedrag).toBe(norm('bijstandsnorm.gemengdJongGehuwdenMetKinderen'));
  });

  describe('art. 20 lid 3 and 4 PW: the raised norm for someone of 18–20 whose parents cannot provide', () => {
    it('a single person of 19: the youth norm € 350,42 plus € 762,24 = € 1.112,66 (1 July 2026)', () => {
      expect(normFor(alleenstaande(19))).toMatchObject({ bedrag: 35042, verhoogd: 111266 });
    });
    it('a couple of 19 and 30: raised, but never above the norm for a couple of 21 or older (€ 2.027,79)', () => {
      expect(normFor(paar(19, 30))).toMatchObject({ bedrag: 136432, verhoogd: norm('bijstandsnorm.gehuwden') });
    });
    it.each([
      ['a single person of 21', alleenstaande(21)],
      ['a couple of 30 and 25', paar(30, 25)],
    ])('%s has no raised norm', (_, household) => {
      expect(normFor(household)?.verhoogd).toBeUndefined();
    });
  });

  it.each(
    titled([
    { name: 'a single person of 21+ on 1 July 2026', household: alleenstaande(40), peildatum: PEILDATUM, cents: 141946 },
    { name: 'a single person of 21+ on 1 March 2026', household: alleenstaande(40), peildatum: PEILDATUM_H1, cents: 140150 },
    { name: 'a single parent on 1 July 2026', household: alleenstaandeOuder(30), peildatum: PEILDATUM, cents: 141946 },
    { name: 'a couple both 21+ on 1 July 2026', household: paar(40, 38), peildatum: PEILDATUM, cents: 202779 },
    { name: 'a couple both 21+ on 1 March 2026', household: paar(40, 38), peildatum: PEILDATUM_H1, cents: 200213 },
    { name: 'a single person of AOW age on 1 July 2026', household: alleenstaande(70), peildatum: PEILDATUM, cents: 158734 },
    { name: 'a couple both of AOW age on 1 July 2026', household: paar(70, 68), peildatum: PEILDATUM, cents: 217610 },
    { name: 'a single person of 19 on 1 July 2026', household: alleenstaande(19), peildatum: PEILDATUM, cents: 35042 },
    { name: 'a couple of 25 and 20 with children on 1 July 2026', household: metKinderen(paar(25, 20), 3), peildatum: PEILDATUM, cents: 176988 },
  ], (c) => `worked example: ${c.name} gets ${c.cents} cents`),
  )('%s', (_, { household, peildatum, cents }) => {
    expect(normFor(household, peildatum)?.bedrag).toBe(cents);
  });
});

/** Art. 22a PW: ((basis + A × perPersoon) / (A × 100)) × B per person that counts. */
function verwacht(personen: number, b: NormId, partnerTelt: boolean, peildatum: string): number {
  const factor = (norm('kostendelersnorm.basis', peildatum) + personen * norm('kostendelersnorm.perPersoon', peildatum)) / (personen * 100);
  return Math.round(factor * norm(b, peildatum) * (partnerTelt ? 2 : 1));
}

type KostendelersCase = { name: string; household: Household; personen: number; b: NormId; partnerTelt: boolean };

const kostendelersCases: KostendelersCase[] = [
  { name: 'a single person with one kostendeler (A = 2)', household: alleenstaande(40, { kostendelers: 1 }), personen: 2, b: 'bijstandsnorm.gehuwden', partnerTelt: false },
  { name: 'a single person with two kostendelers (A = 3)', household: alleenstaande(40, { kostendelers: 2 }), personen: 3, b: 'bijstandsnorm.gehuwden', partnerTelt: false },
  { name: 'a single person with three kostendelers (A = 4)', household: alleenstaande(40, { kostendelers: 3 }), personen: 4, b: 'bijstandsnorm.gehuwden', partnerTelt: false },
  { name: 'a single parent with one kostendeler (A = 2)', household: alleenstaandeOuder(35, { kostendelers: 1 }), personen: 2, b: 'bijstandsnorm.gehuwden', partnerTelt: false },
  { name: 'a couple both 21+ with one kostendeler (A = 3)', household: paar(40, 38, { kostendelers: 1 }), personen: 3, b: 'bijstandsnorm.gehuwden', partnerTelt: true },
  { name: 'a couple both 21+ with two kostendelers (A = 4)', household: paar(40, 38, { kostendelers: 2 }), personen: 4, b: 'bijstandsnorm.gehuwden', partnerTelt: true },
  { name: 'a single person of AOW age with one kostendeler (A = 2)', household: alleenstaande(70, { kostendelers: 1 }), personen: 2, b: 'bijstandsnorm.gehuwdenAow', partnerTelt: false },
  { name: 'a couple both of AOW age with one kostendeler (A = 3)', household: paar(70, 68, { kostendelers: 1 }), personen: 3, b: 'bijstandsnorm.gehuwdenAow', partnerTelt: true },
  { name: 'a couple of 60 and 68 with one kostendeler (A = 3)', household: paar(60, 68, { kostendelers: 1 }), personen: 3, b: 'bijstandsnorm.gehuwdenEenAow', partnerTelt: true },
];

describe('kostendelersnorm', () => {
  describe.each([
    ['second half of 2026', PEILDATUM],
    ['first half of 2026', PEILDATUM_H1],
  ])('%s', (_, peildatum) => {
    it.each(titled(kostendelersCases, (c) => `${c.name} shares costs with B = ${c.b}`))('%s', (_, { household, personen, b, partnerTelt }) => {
      expect(normFor(household, peildatum)).toEqual({
        bedrag: verwacht(personen, b, partnerTelt, peildatum),
        huishouden: 'household.kostendelers',
        kostendelers: personen,
        geldigVanaf: peildatum === PEILDATUM ? '2026-07-01' : '2026-01-01',
      });
    });
  });

  it.each(
    titled([
    { name: 'A = 2, single, 1 July 2026 (the IOAW amount)', household: alleenstaande(40, { kostendelers: 1 }), peildatum: PEILDATUM, cents: 101390 },
    { name: 'A = 3, single, 1 July 2026', household: alleenstaande(40, { kostendelers: 2 }), peildatum: PEILDATUM, cents: 87871 },
    { name: 'A = 4, single, 1 July 2026', household: alleenstaande(40, { kostendelers: 3 }), peildatum: PEILDATUM, cents: 81112 },
    { name: 'A = 2, single, 1 March 2026', household: alleenstaande(40, { kostendelers: 1 }), peildatum: PEILDATUM_H1, cents: 100107 },
    { name: 'A = 3, single, 1 March 2026', household: alleenstaande(40, { kostendelers: 2 }), peildatum: PEILDATUM_H1, cents: 86759 },
    { name: 'A = 4, single, 1 March 2026', household: alleenstaande(40, { kostendelers: 3 }), peildatum: PEILDATUM_H1, cents: 80085 },
    { name: 'A = 3, couple (two shares of 878.71), 1 July 2026', household: paar(40, 38, { kostendelers: 1 }), peildatum: PEILDATUM, cents: 175742 },
    { name: 'A = 2, single of AOW age, 1 March 2026', household: alleenstaande(70, { kostendelers: 1 }), peildatum: PEILDATUM_H1, cents: 107208 },
  ], (c) => `worked example: ${c.name} is ${c.cents} cents`),
  )('%s', (_, { household, peildatum, cents }) => {
    expect(normFor(household, peildatum)?.bedrag).toBe(cents);
  });

  it.each([
    ['a single person of 20', alleenstaande(20, { kostendelers: 2 }), 'bijstandsnorm.jongereAlleenstaande'],
    ['a couple of 25 and 20 (art. 22a lid 3 is not modelled)', paar(25, 20, { kostendelers: 1 }), 'bijstandsnorm.gemengdJongGehuwden'],
    ['a couple of 20 and 25', paar(20, 25, { kostendelers: 1 }), 'bijstandsnorm.gemengdJongGehuwden'],
    ['a couple of 68 and 20', paar(68, 20, { kostendelers: 1 }), 'bijstandsnorm.gehuwdenEenAow'],
  ] as const)('%s with kostendelers keeps the own norm', (_, household, normId) => {
    const result = normFor(household);
    expect(result?.bedrag).toBe(norm(normId));
    expect(result?.kostendelers).toBeUndefined();
  });

  it('the kostendelersnorm is lower than the own norm', () => {
    const alone = normFor(alleenstaande(40));
    const sharing = normFor(alleenstaande(40, { kostendelers: 1 }));
    expect(sharing?.bedrag).toBeLessThan(alone?.bedrag ?? 0);
  });
});
