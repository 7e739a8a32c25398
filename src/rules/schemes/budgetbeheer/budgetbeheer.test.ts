import { describe, expect, it } from 'vitest';
import { PEILDATUM, type SchemeCase, alleenstaande, byName, expectCase, metInkomen, metKinderen, paar } from '../../../../tests/fixtures/rules';
import { households, zzperMetSchulden } from '../../../../tests/fixtures/households';
import { evaluateScheme } from '../../engine/evaluate';
import { budgetbeheer } from './budgetbeheer';

const KEY = 'schemes.budgetbeheer.reasons';
const AANBOD = `${KEY}.aanbod`;

// Who offers budgetbeheer in Heemskerk was not found, so the best answer is "ask about it".
const cases: SchemeCase[] = [
  { name: 'someone with debts who wants help is unknown: ask who offers it', household: alleenstaande(40, { schulden: 'ja', wilHulpBijGeldzaken: 'ja' }), verdict: 'unknown', key: AANBOD },
  { name: 'someone with arrears who wants help is unknown: ask who offers it', household: alleenstaande(40, { betalingsachterstanden: 'ja', wilHulpBijGeldzaken: 'ja' }), verdict: 'unknown', key: AANBOD },
  { name: 'someone with debts who does not want help is unlikely', household: alleenstaande(40, { schulden: 'ja' }), verdict: 'unlikely', key: `${KEY}.hulpvraag.fail` },
  { name: 'someone who wants help but has no debts or arrears is unlikely', household: alleenstaande(40, { wilHulpBijGeldzaken: 'ja' }), verdict: 'unlikely', key: `${KEY}.geldzorgen.fail` },
  {
    name: 'someone who wants help but would rather not say about debts is unknown and asked about money matters',
    household: alleenstaande(40, { schulden: null, wilHulpBijGeldzaken: 'ja' }),
    verdict: 'unknown',
    key: `${KEY}.geldzorgen.unknown`,
    missing: ['geldzaken'],
  },
  {
    name: 'someone with arrears who is unsure about wanting help is unknown and asked about money matters',
    household: alleenstaande(40, { betalingsachterstanden: 'ja', wilHulpBijGeldzaken: null }),
    verdict: 'unknown',
    key: `${KEY}.hulpvraag.unknown`,
    missing: ['geldzaken'],
  },
  { name: 'someone with debts who wants help but lives outside Heemskerk is unlikely', household: alleenstaande(40, { schulden: 'ja', wilHulpBijGeldzaken: 'ja', woontInHeemskerk: false }), verdict: 'unlikely', key: 'reasons.woonplaats.fail' },
  { name: 'the self-employed person with debts who wants help is unknown', household: zzperMetSchulden, verdict: 'unknown', key: AANBOD },
  {
    name: 'a family with a good income, debts and a wish for help is unknown: there is no income limit',
    household: metInkomen(metKinderen(paar(40, 38, { schulden: 'ja', wilHulpBijGeldzaken: 'ja' }), 4), 500000),
    verdict: 'unknown',
    key: AANBOD,
  },
];

describe('budgetbeheer', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(budgetbeheer, c);
  });

  it.each(Object.entries(households))('is never likely, not even for %s: the offer in Heemskerk is unknown', (_, household) => {
    expect(evaluateScheme(budgetbeheer, household, PEILDATUM).verdict).not.toBe('likely');
  });
});
