import { describe, expect, it } from 'vitest';
import {
  PEILDATUM,
  PEILDATUM_H1,
  type SchemeCase,
  alleenstaande,
  byName,
  expectCase,
  metInkomen,
  norm,
  paar,
  rondDeGrens,
} from '../../../../tests/fixtures/rules';
import { alleenstaandePensionado, households } from '../../../../tests/fixtures/households';
import { evaluateScheme } from '../../engine/evaluate';
import type { NormId } from '../../norms/norms';
import { aio } from './aio';

// Art. 11 and 19 PW: the AIO tops up to the norm, so exactly at it leaves € 0. The holiday pay of
// the AOW counts with the income, as the norm includes it (household/inkomensraming.ts).
const inkomen = {
  tot: { verdict: 'likely', key: 'reasons.inkomen.pass' },
  op: { verdict: 'unlikely', key: 'reasons.inkomen.opNorm' },
  boven: { verdict: 'unlikely', key: 'reasons.inkomen.fail' },
} as const;
const gepensioneerde = alleenstaande(70);
const grensNorm = (id: NormId, peildatum?: string) => norm(id, peildatum);

const cases: SchemeCase[] = [
  ...rondDeGrens({ wie: 'a single pensioner', grens: 'the AOW-age norm', household: gepensioneerde, bedrag: grensNorm('bijstandsnorm.alleenstaandeAow'), ...inkomen }),
  ...rondDeGrens({ wie: 'a couple both of AOW age', grens: 'the AOW-age couple norm', household: paar(70, 68), bedrag: grensNorm('bijstandsnorm.gehuwdenAow'), ...inkomen }),
  ...rondDeGrens({
    wie: 'in the first half of 2026 a single pensioner',
    grens: 'the norm then in force',
    household: gepensioneerde,
    bedrag: grensNorm('bijstandsnorm.alleenstaandeAow', PEILDATUM_H1),
    peildatum: PEILDATUM_H1,
    ...inkomen,
  }),
  ...rondDeGrens({
    wie: 'a single pensioner with one kostendeler',
    grens: 'the kostendelersnorm (half of € 2.176,10)',
    household: alleenstaande(70, { kostendelers: 1 }),
    bedrag: 108805,
    ...inkomen,
  }),
  {
    name: 'the single pensioner living on a full net AOW of € 1.581,55 is unlikely: with its holiday pay (about € 99,70 a month) it is above the norm of € 1.587,34',
    household: alleenstaandePensionado,
    verdict: 'unlikely',
    key: 'reasons.inkomen.failVakantiegeld',
    params: { grens: { money: 158734 }, netto: { money: 158155 } },
  },
  { name: 'a single pensioner with an incomplete AOW of € 1.000 is likely', household: metInkomen(gepensioneerde, 100000), verdict: 'likely', key: 'reasons.inkomen.pass' },
  { name: 'a single person of 66 is unlikely: that is the algemene bijstand', household: alleenstaande(66), verdict: 'unlikely', key: 'schemes.aio.reasons.aowLeeftijd.fail', params: { grens: 67 } },
  { name: 'a single person of exactly AOW age (67) is likely', household: alleenstaande(67), verdict: 'likely', key: 'schemes.aio.reasons.aowLeeftijd.pass', params: { grens: 67 } },
  {
    name: 'a couple of 60 and 68 is likely but unverified: the partner has AOW age and the July 2026 norm for them is assumed',
    household: paar(60, 68),
    verdict: 'likely',
    key: 'reasons.inkomen.pass',
    params: { huishouden: { term: 'household.paarEenAow' } },
    unverified: true,
  },
  { name: 'a couple of 68 and 60 is likely but unverified', household: paar(68, 60), verdict: 'likely', key: 'schemes.aio.reasons.aowLeeftijd.pass', unverified: true },
  { name: 'a pensioner with unknown income is unknown and asks for the income', household: metInkomen(gepensioneerde, null), verdict: 'unknown', key: 'reasons.inkomen.unknown', missing: ['inkomen'] },
  { name: 'a single pensioner with savings exactly at € 8.000 is likely', household: alleenstaande(70, { vermogen: norm('vermogensgrens.alleenstaande') }), verdict: 'likely', key: 'reasons.vermogen.pass' },
  {
    name: 'a single pensioner with savings one cent above € 8.000 is unlikely',
    household: alleenstaande(70, { vermogen: norm('vermogensgrens.alleenstaande') + 1 }),
    verdict: 'unlikely',
    key: 'reasons.vermogen.fail',
    params: { grens: { money: 800000 } },
  },
  { name: 'a couple of pensioners with savings one cent above € 16.000 is unlikely', household: paar(70, 68, { vermogen: norm('vermogensgrens.gezin') + 1 }), verdict: 'unlikely', key: 'reasons.vermogen.fail' },
  { name: 'a pensioner with unknown savings is unknown and asks for them', household: alleenstaande(70, { vermogen: null }), verdict: 'unknown', key: 'reasons.vermogen.unknown', missing: ['vermogen'] },
  { name: 'a pensioner who already gets a top-up is likely and told so', household: alleenstaande(70, { ontvangtBijstand: true }), verdict: 'likely', key: 'schemes.aio.reasons.ontvangtAl' },
  { name: 'a pensioner living outside Heemskerk is still likely: the AIO is national', household: alleenstaande(70, { woontInHeemskerk: false }), verdict: 'likely', key: 'reasons.inkomen.pass' },
];

describe('aio', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(aio, c);
  });

  it.each(Object.entries(households).filter(([name]) => name !== 'alleenstaandePensionado'))('is unlikely for %s, who is under AOW age', (_, household) => {
    expect(evaluateScheme(aio, household, PEILDATUM).verdict).toBe('unlikely');
  });
});
