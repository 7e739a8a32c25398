import { describe, expect, it } from 'vitest';
import {
  PEILDATUM,
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
import { households, zzperMetSchulden } from '../../../../tests/fixtures/households';
import { evaluateScheme } from '../../engine/evaluate';
import type { NormId } from '../../norms/norms';
import { bbz } from './bbz';

const LEVENSVATBAAR = 'schemes.bbz.reasons.levensvatbaar';
const grens = (normId: NormId) => limiet(normId, 'bbz.inkomensgrens');
// Up to the norm the municipality still has to judge the business: "ask", and the levensonderhoud
// figure is unverified.
const inkomen = {
  tot: { verdict: 'unknown', key: LEVENSVATBAAR, paramsFrom: 'reasons.inkomen.pass', unverified: true },
  boven: { verdict: 'unlikely', key: 'reasons.inkomen.fail' },
} as const;
const ondernemer = (leeftijd = 45, changes = {}) => alleenstaande(leeftijd, { ondernemer: true, ...changes });
const vermogensgrens = norm('bbz.vermogensgrens');
const ondergrens = norm('bbz.vermogensgrensDeels');
const aow = norm('leeftijd.aow');

const cases: SchemeCase[] = [
  ...rondDeGrens({ wie: 'a self-employed single person', grens: 'the norm', household: ondernemer(), bedrag: grens('bijstandsnorm.alleenstaande'), ...inkomen }),
  ...rondDeGrens({ wie: 'a self-employed person with a partner', grens: 'the couple norm', household: paar(45, 43, { ondernemer: true }), bedrag: grens('bijstandsnorm.gehuwden'), ...inkomen }),
  // Art. 20 lid 3 PW: above the youth norm the college raises it when the parents cannot provide, which is not asked.
  ...rondDeGrens({ wie: 'a self-employed person of 19', grens: 'the youth norm', household: ondernemer(19), bedrag: grens('bijstandsnorm.jongereAlleenstaande'), ...inkomen, boven: { ...inkomen.boven, verdict: 'unknown', key: 'reasons.inkomen.jongere', unverified: true } }),
  { name: 'someone without a business is unlikely', household: alleenstaande(45), verdict: 'unlikely', key: 'reasons.ondernemer.fail' },
  { name: 'a self-employed person of 17 is unlikely', household: ondernemer(17), verdict: 'unlikely', key: 'reasons.minimumLeeftijd.fail', params: { leeftijd: 17, grens: 18 } },
  { name: 'a self-employed person of exactly 18 is unknown', household: ondernemer(18), verdict: 'unknown', key: LEVENSVATBAAR, unverified: true },
  { name: `a self-employed person of ${aow - 1} is unknown`, household: ondernemer(aow - 1), verdict: 'unknown', key: LEVENSVATBAAR, unverified: true },
  { name: `a self-employed person of AOW age (${aow}) is unlikely`, household: ondernemer(aow), verdict: 'unlikely', key: 'reasons.aanvragerOnderAowLeeftijd.fail', params: { grens: aow } },
  { name: 'savings exactly at € 59.782 do not stand in the way', household: ondernemer(45, { vermogen: ondergrens }), verdict: 'unknown', key: LEVENSVATBAAR, paramsFrom: 'schemes.bbz.reasons.vermogen.pass', params: { ondergrens: { money: 5978200 } }, unverified: true },
  {
    name: 'savings one cent above € 59.782 partly count: unknown',
    household: ondernemer(45, { vermogen: ondergrens + 1 }),
    verdict: 'unknown',
    key: 'schemes.bbz.reasons.vermogen.unknown',
    params: { ondergrens: { money: ondergrens }, vermogen: { money: ondergrens + 1 } },
    unverified: true,
  },
  { name: 'savings exactly at the Bbz limit are unknown', household: ondernemer(45, { vermogen: vermogensgrens }), verdict: 'unknown', key: 'schemes.bbz.reasons.vermogen.unknown', unverified: true },
  {
    name: 'savings one cent above the Bbz limit of € 251.233 are unlikely',
    household: ondernemer(45, { vermogen: vermogensgrens + 1 }),
    verdict: 'unlikely',
    key: 'schemes.bbz.reasons.vermogen.fail',
    params: { grens: { money: 25123300 } },
  },
  { name: 'unknown savings are asked for, with the Bbz limit', household: ondernemer(45, { vermogen: null }), verdict: 'unknown', key: 'reasons.vermogen.unknown', params: { grens: { money: vermogensgrens } }, missing: ['vermogen'], unverified: true },
  { name: 'unknown income is asked for', household: metInkomen(ondernemer(), null), verdict: 'unknown', key: 'reasons.inkomen.unknown', missing: ['inkomen'], unverified: true },
  { name: 'the self-employed person of 52 with € 1.100 a month is unknown: the business is judged', household: zzperMetSchulden, verdict: 'unknown', key: LEVENSVATBAAR, unverified: true },
  { name: 'a self-employed person living outside Heemskerk is still unknown: the Bbz is national', household: ondernemer(45, { woontInHeemskerk: false }), verdict: 'unknown', key: LEVENSVATBAAR, unverified: true },
];

describe('bbz', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(bbz, c);
  });

  it.each(Object.entries(households))('is never likely, not even for %s: the business is always judged', (_, household) => {
    expect(evaluateScheme(bbz, household, PEILDATUM).verdict).not.toBe('likely');
  });
});
