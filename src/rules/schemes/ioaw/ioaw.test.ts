import { describe, it } from 'vitest';
import {
  PEILDATUM,
  PEILDATUM_H1,
  type SchemeCase,
  alleenstaande,
  byName,
  expectCase,
  limiet,
  metInkomen,
  norm,
  paar,
  rondDeGrens,
} from '../../../../tests/fixtures/rules';
import type { NormId } from '../../norms/norms';
import { ioaw } from './ioaw';

const grens = (normId: NormId) => limiet(normId, 'ioaw.inkomensgrens');
// Every outcome that is not "no" leans on the IOAW's age figures, known from secondary sources only.
const inkomen = {
  tot: { verdict: 'likely', key: 'reasons.inkomen.pass', unverified: true },
  boven: { verdict: 'unlikely', key: 'reasons.inkomen.fail' },
} as const;
const werkloos = { werkloosNa50: 'ja' } as const;

// The birth year follows from the age and the year of the peildatum: born before 1 January 1965
// is certain from 62 on in 2026, impossible up to 60, and open at 61.
const jaar = norm('ioaw.geboortejaarVoor');
const peiljaar = Number(PEILDATUM.slice(0, 4));
const zekerVoor = peiljaar - jaar + 1;
const grensgeval = peiljaar - jaar;
const zekerNa = peiljaar - jaar - 1;
const vanaf = norm('ioaw.leeftijdWerkloos');
const aow = norm('leeftijd.aow');

const cases: SchemeCase[] = [
  ...rondDeGrens({ wie: 'a single person of 63', grens: 'the single norm', household: alleenstaande(63, werkloos), bedrag: grens('bijstandsnorm.alleenstaande'), ...inkomen }),
  ...rondDeGrens({ wie: 'a couple of 63 and 60', grens: 'the couple norm', household: paar(63, 60, werkloos), bedrag: grens('bijstandsnorm.gehuwden'), ...inkomen }),
  ...rondDeGrens({
    wie: 'a single person of 63 sharing the house with one kostendeler',
    grens: 'the IOAW amount of € 1.013,90',
    household: alleenstaande(63, { ...werkloos, kostendelers: 1 }),
    bedrag: 101390,
    ...inkomen,
  }),
  { name: `someone of ${zekerVoor}, surely born before ${jaar}, is likely`, household: alleenstaande(zekerVoor, werkloos), verdict: 'likely', key: 'schemes.ioaw.reasons.geboortejaar.pass', params: { jaar }, unverified: true },
  { name: `someone of ${grensgeval}, born in ${jaar - 1} or ${jaar}, is unknown`, household: alleenstaande(grensgeval, werkloos), verdict: 'unknown', key: 'schemes.ioaw.reasons.geboortejaar.unknown', params: { jaar }, unverified: true },
  {
    name: `in the first half of 2026 someone of ${grensgeval} is also unknown: only the year of the peildatum counts`,
    household: alleenstaande(grensgeval, werkloos),
    peildatum: PEILDATUM_H1,
    verdict: 'unknown',
    key: 'schemes.ioaw.reasons.geboortejaar.unknown',
    unverified: true,
  },
  { name: `someone of ${zekerNa}, born in ${jaar} or later, is unlikely`, household: alleenstaande(zekerNa, werkloos), verdict: 'unlikely', key: 'schemes.ioaw.reasons.geboortejaar.fail', params: { jaar } },
  { name: `someone of ${vanaf - 1} is unlikely: too young`, household: alleenstaande(vanaf - 1, werkloos), verdict: 'unlikely', key: 'reasons.minimumLeeftijd.fail', params: { leeftijd: vanaf - 1, grens: vanaf } },
  { name: `someone of exactly ${vanaf} passes the age test but was born after ${jaar - 1}, so is unlikely`, household: alleenstaande(vanaf, werkloos), verdict: 'unlikely', key: 'schemes.ioaw.reasons.geboortejaar.fail' },
  { name: `someone of ${aow - 1} is likely`, household: alleenstaande(aow - 1, werkloos), verdict: 'likely', key: 'reasons.inkomen.pass', unverified: true },
  { name: `someone of AOW age (${aow}) is unlikely: that is the AIO`, household: alleenstaande(aow, werkloos), verdict: 'unlikely', key: 'reasons.aanvragerOnderAowLeeftijd.fail', params: { grens: aow } },
  {
    name: 'someone of 63 whose partner has AOW age is likely, but unverified for the assumed July 2026 norm',
    household: paar(63, 70, werkloos),
    verdict: 'likely',
    key: 'reasons.inkomen.pass',
    params: { huishouden: { term: 'household.paarEenAow' } },
    unverified: true,
  },
  { name: 'someone not unemployed after 50 is unlikely', household: alleenstaande(63), verdict: 'unlikely', key: 'schemes.ioaw.reasons.werkloosNa50.fail', params: { leeftijd: vanaf } },
  { name: 'someone unsure about becoming unemployed after 50 is unknown', household: alleenstaande(63, { werkloosNa50: null }), verdict: 'unknown', key: 'schemes.ioaw.reasons.werkloosNa50.unknown', unverified: true },
  { name: 'a self-employed person is unlikely: that is the IOAZ or Bbz', household: alleenstaande(63, { ...werkloos, ondernemer: true }), verdict: 'unlikely', key: 'schemes.ioaw.reasons.ondernemer' },
  { name: 'someone with € 100.000 savings is still likely: the IOAW has no vermogenstoets', household: alleenstaande(63, { ...werkloos, vermogen: 10_000_000 }), verdict: 'likely', key: 'reasons.inkomen.pass', unverified: true },
  { name: 'someone with unknown savings is still likely', household: alleenstaande(63, { ...werkloos, vermogen: null }), verdict: 'likely', key: 'reasons.inkomen.pass', unverified: true },
  { name: 'someone with unknown income is unknown and asks for the income', household: metInkomen(alleenstaande(63, werkloos), null), verdict: 'unknown', key: 'reasons.inkomen.unknown', missing: ['inkomen'], unverified: true },
  { name: 'someone living outside Heemskerk is still likely: the IOAW is national', household: alleenstaande(63, { ...werkloos, woontInHeemskerk: false }), verdict: 'likely', key: 'reasons.inkomen.pass', unverified: true },
];

describe('ioaw', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(ioaw, c);
  });
});
