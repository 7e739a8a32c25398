import { describe, expect, it } from 'vitest';
import { PEILDATUM, type SchemeCase, alleenstaande, byName, expectCase } from '../../../../tests/fixtures/rules';
import { households, zzperMetSchulden } from '../../../../tests/fixtures/households';
import { evaluateScheme } from '../../engine/evaluate';
import { beslagvrijeVoet } from './beslagvrijeVoet';

const KEY = 'schemes.beslagvrijeVoet.reasons.geldzorgen';

// The 2026 amounts were not found, so the scheme reads no figure and names no amount.
const cases: SchemeCase[] = [
  { name: 'someone with debts is likely: check the beslagvrije voet', household: alleenstaande(40, { schulden: 'ja' }), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'someone with payment arrears is likely', household: alleenstaande(40, { betalingsachterstanden: 'ja' }), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'someone with debts who does not know about arrears is likely', household: alleenstaande(40, { schulden: 'ja', betalingsachterstanden: null }), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'someone with neither debts nor arrears is unlikely', household: alleenstaande(40), verdict: 'unlikely', key: `${KEY}.fail` },
  { name: 'someone without arrears who would rather not say about debts is unknown', household: alleenstaande(40, { schulden: null }), verdict: 'unknown', key: `${KEY}.unknown`, missing: ['geldzaken'] },
  { name: 'someone without debts who would rather not say about arrears is unknown', household: alleenstaande(40, { betalingsachterstanden: null }), verdict: 'unknown', key: `${KEY}.unknown`, missing: ['geldzaken'] },
  { name: 'someone with debts living outside Heemskerk is likely: the beslagvrije voet is national law', household: alleenstaande(40, { schulden: 'ja', woontInHeemskerk: false }), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'the self-employed person with debts is likely', household: zzperMetSchulden, verdict: 'likely', key: `${KEY}.pass` },
  { name: 'a pensioner with debts is likely', household: alleenstaande(75, { schulden: 'ja' }), verdict: 'likely', key: `${KEY}.pass` },
];

describe('beslagvrije voet', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(beslagvrijeVoet, c);
  });

  it.each(Object.entries(households))('reads no figure for %s, so it names no amount', (_, household) => {
    expect(evaluateScheme(beslagvrijeVoet, household, PEILDATUM).normsUsed).toEqual([]);
  });
});
