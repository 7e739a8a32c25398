import { describe, expect, it } from 'vitest';
import { PEILDATUM, type SchemeCase, alleenstaande, alleenstaandeOuder, byName, expectCase, metInkomen } from '../../../../tests/fixtures/rules';
import { households } from '../../../../tests/fixtures/households';
import { evaluateScheme } from '../../engine/evaluate';
import { studietoeslag } from './studietoeslag';

const KEY = 'schemes.studietoeslag.reasons';
const student = (leeftijd = 20, changes = {}) => alleenstaande(leeftijd, { studiefinanciering: true, studieBeperking: true, ...changes });
const metUitkering = (uitkering: number | null) => ({ ...student(), inkomen: { werk: 0, uitkering, pensioen: 0, overig: 0 } });

// The scheme has no figure of its own (the amount was not found), so there are no income or age
// limits to test around: the cases cover each condition and each answer.
const cases: SchemeCase[] = [
  { name: 'a student with studiefinanciering who cannot work because of a disability is likely', household: student(), verdict: 'likely', key: `${KEY}.studieBeperking.pass` },
  { name: 'such a student is told about the studiefinanciering', household: student(), verdict: 'likely', key: `${KEY}.studiefinanciering.pass` },
  { name: 'someone without studiefinanciering is unlikely', household: alleenstaande(20, { studieBeperking: true }), verdict: 'unlikely', key: `${KEY}.studiefinanciering.fail` },
  { name: 'a student who can work alongside the study is unlikely', household: student(20, { studieBeperking: false }), verdict: 'unlikely', key: `${KEY}.studieBeperking.fail` },
  { name: 'a student living outside Heemskerk is unlikely', household: student(20, { woontInHeemskerk: false }), verdict: 'unlikely', key: 'reasons.woonplaats.fail' },
  { name: 'a student with a benefit of an unknown kind is unknown: it may be a Wajong', household: metUitkering(50000), verdict: 'unknown', key: `${KEY}.wajong`, missing: ['soortUitkering'] },
  { name: 'a student with a benefit of unknown size is unknown: it may be a Wajong', household: metUitkering(null), verdict: 'unknown', key: `${KEY}.wajong`, missing: ['soortUitkering'] },
  {
    name: 'a student with a Wajong is unknown: art. 36b lid 3 b PW excludes an uitkering under the Wajong, not the inkomensondersteuning of its chapter 2, and only UWV\'s decision tells which',
    household: { ...metUitkering(50000), soortUitkering: 'wajong' },
    verdict: 'unknown',
    key: 'studietoeslagWajong.reasons.uitkeringOfInkomensondersteuning',
  },
  { name: 'a student with a WIA benefit is likely: it is no Wajong', household: { ...metUitkering(50000), soortUitkering: 'wia' }, verdict: 'likely', key: `${KEY}.geenWajong` },
  { name: 'a student on bijstand is likely: bijstand is no Wajong', household: { ...metUitkering(50000), ontvangtBijstand: true }, verdict: 'likely', key: `${KEY}.studieBeperking.pass` },
  { name: 'a student with a job is still likely: there is no income test', household: metInkomen(student(), 120000), verdict: 'likely', key: `${KEY}.studieBeperking.pass` },
  { name: 'a student of 17 is likely: the Heemskerk page names no age', household: student(17), verdict: 'likely', key: `${KEY}.studieBeperking.pass` },
  { name: 'a student of 35 with savings is likely: there is no asset test', household: student(35, { vermogen: 2_000_000 }), verdict: 'likely', key: `${KEY}.studieBeperking.pass` },
  { name: 'a student parent is likely', household: alleenstaandeOuder(24, { studiefinanciering: true, studieBeperking: true }), verdict: 'likely', key: `${KEY}.studieBeperking.pass` },
];

describe('studietoeslag', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(studietoeslag, c);
  });

  it.each(Object.entries(households))('is unlikely for %s, who gets no studiefinanciering', (_, household) => {
    expect(evaluateScheme(studietoeslag, household, PEILDATUM).verdict).toBe('unlikely');
  });
});
