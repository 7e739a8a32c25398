import { describe, it } from 'vitest';
import { type SchemeCase, alleenstaande, byName, expectCase, metInkomen, metKinderen, paar } from '../../../../tests/fixtures/rules';
import { zzperMetSchulden } from '../../../../tests/fixtures/households';
import { vroegsignalering } from './vroegsignalering';

const KEY = 'schemes.vroegsignalering.reasons.betalingsachterstand';

// Vroegsignalering has no figures: the cases cover each answer about arrears.
const cases: SchemeCase[] = [
  { name: 'someone with payment arrears is likely', household: alleenstaande(40, { betalingsachterstanden: 'ja' }), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'someone without arrears is unlikely', household: alleenstaande(40), verdict: 'unlikely', key: `${KEY}.fail` },
  {
    name: 'someone who would rather not say about arrears is unknown and asked about money matters',
    household: alleenstaande(40, { betalingsachterstanden: null }),
    verdict: 'unknown',
    key: `${KEY}.unknown`,
    missing: ['geldzaken'],
  },
  { name: 'someone with debts but no arrears is unlikely: the signals are about unpaid bills', household: alleenstaande(40, { schulden: 'ja' }), verdict: 'unlikely', key: `${KEY}.fail` },
  { name: 'someone with arrears who does not know about other debts is likely', household: alleenstaande(40, { betalingsachterstanden: 'ja', schulden: null }), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'someone with arrears living outside Heemskerk is unlikely', household: alleenstaande(40, { betalingsachterstanden: 'ja', woontInHeemskerk: false }), verdict: 'unlikely', key: 'reasons.woonplaats.fail' },
  { name: 'the self-employed person with arrears is likely', household: zzperMetSchulden, verdict: 'likely', key: `${KEY}.pass` },
  { name: 'a family with a good income and arrears is likely: there is no income limit', household: metInkomen(metKinderen(paar(40, 38, { betalingsachterstanden: 'ja' }), 4), 500000), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'a pensioner with arrears is likely', household: alleenstaande(75, { betalingsachterstanden: 'ja' }), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'a person of 18 with arrears is likely', household: alleenstaande(18, { betalingsachterstanden: 'ja' }), verdict: 'likely', key: `${KEY}.pass` },
];

describe('vroegsignalering', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(vroegsignalering, c);
  });
});
