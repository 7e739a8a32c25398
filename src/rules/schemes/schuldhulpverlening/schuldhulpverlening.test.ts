import { describe, it } from 'vitest';
import { type SchemeCase, alleenstaande, byName, expectCase, metInkomen, metKinderen, paar } from '../../../../tests/fixtures/rules';
import { zzperMetSchulden } from '../../../../tests/fixtures/households';
import { schuldhulpverlening } from './schuldhulpverlening';

const KEY = 'schemes.schuldhulpverlening.reasons.geldzorgen';

const cases: SchemeCase[] = [
  { name: 'someone with debts is likely', household: alleenstaande(40, { schulden: 'ja' }), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'someone with payment arrears but no other debts is likely', household: alleenstaande(40, { betalingsachterstanden: 'ja' }), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'someone with arrears who does not know about other debts is likely', household: alleenstaande(40, { betalingsachterstanden: 'ja', schulden: null }), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'someone with neither debts nor arrears is unlikely', household: alleenstaande(40), verdict: 'unlikely', key: `${KEY}.fail` },
  {
    name: 'someone without arrears who does not know about debts is unknown and asked about money matters',
    household: alleenstaande(40, { schulden: null }),
    verdict: 'unknown',
    key: `${KEY}.unknown`,
    missing: ['geldzaken'],
  },
  {
    name: 'someone without debts who does not know about arrears is unknown and asked about money matters',
    household: alleenstaande(40, { betalingsachterstanden: null }),
    verdict: 'unknown',
    key: `${KEY}.unknown`,
    missing: ['geldzaken'],
  },
  { name: 'someone with debts living outside Heemskerk is unlikely', household: alleenstaande(40, { schulden: 'ja', woontInHeemskerk: false }), verdict: 'unlikely', key: 'reasons.woonplaats.fail' },
  { name: 'the self-employed person with debts is likely: there is no income or ondernemer test', household: zzperMetSchulden, verdict: 'likely', key: `${KEY}.pass` },
  { name: 'a family with a good income and debts is likely: there is no income limit', household: metInkomen(metKinderen(paar(40, 38, { schulden: 'ja' }), 4), 500000), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'a pensioner with debts is likely', household: alleenstaande(75, { schulden: 'ja' }), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'a person of 19 with arrears is likely', household: alleenstaande(19, { betalingsachterstanden: 'ja' }), verdict: 'likely', key: `${KEY}.pass` },
];

describe('schuldhulpverlening', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(schuldhulpverlening, c);
  });
});
