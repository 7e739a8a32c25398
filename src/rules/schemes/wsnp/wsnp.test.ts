import { describe, expect, it } from 'vitest';
import { PEILDATUM, type SchemeCase, alleenstaande, byName, expectCase, norm } from '../../../../tests/fixtures/rules';
import { households, zzperMetSchulden } from '../../../../tests/fixtures/households';
import { evaluateScheme } from '../../engine/evaluate';
import { wsnp } from './wsnp';

const KEY = 'schemes.wsnp.reasons';
const LAATSTE_STAP = `${KEY}.laatsteStap`;
const maanden = norm('wsnp.looptijd');

// Whether the minnelijk traject has failed is never known here, so the best answer is "ask"; the
// duration comes from secondary sources, so that answer is unverified.
const cases: SchemeCase[] = [
  { name: 'someone with problematic debts is unknown: it is the last step', household: alleenstaande(40, { schulden: 'ja' }), verdict: 'unknown', key: LAATSTE_STAP, params: { maanden }, unverified: true },
  { name: 'someone with problematic debts is told it usually takes 18 months', household: alleenstaande(40, { schulden: 'ja' }), verdict: 'unknown', key: LAATSTE_STAP, params: { maanden: 18 }, unverified: true },
  { name: 'someone without problematic debts is unlikely, without a caveat', household: alleenstaande(40), verdict: 'unlikely', key: `${KEY}.schulden.fail` },
  { name: 'someone with arrears only is unlikely: arrears are not problematic debts', household: alleenstaande(40, { betalingsachterstanden: 'ja' }), verdict: 'unlikely', key: `${KEY}.schulden.fail` },
  {
    name: 'someone who would rather not say about debts is unknown and asked about money matters',
    household: alleenstaande(40, { schulden: null }),
    verdict: 'unknown',
    key: `${KEY}.schulden.unknown`,
    missing: ['geldzaken'],
    unverified: true,
  },
  { name: 'someone with debts living outside Heemskerk is unknown: the Wsnp is national', household: alleenstaande(40, { schulden: 'ja', woontInHeemskerk: false }), verdict: 'unknown', key: LAATSTE_STAP, unverified: true },
  { name: 'the self-employed person with debts is unknown', household: zzperMetSchulden, verdict: 'unknown', key: LAATSTE_STAP, unverified: true },
  { name: 'a pensioner with debts is unknown', household: alleenstaande(75, { schulden: 'ja' }), verdict: 'unknown', key: LAATSTE_STAP, unverified: true },
  { name: 'a person of 18 with debts is unknown', household: alleenstaande(18, { schulden: 'ja' }), verdict: 'unknown', key: LAATSTE_STAP, unverified: true },
];

describe('wsnp', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(wsnp, c);
  });

  it.each(Object.entries(households))('is never likely, not even for %s', (_, household) => {
    expect(evaluateScheme(wsnp, household, PEILDATUM).verdict).not.toBe('likely');
  });
});
