import { describe, it } from 'vitest';
import { type SchemeCase, alleenstaande, byName, expectCase, metInkomen, metKinderen, paar } from '../../../../tests/fixtures/rules';
import { budgetcoaching } from './budgetcoaching';

const KEY = 'schemes.budgetcoaching.reasons.hulpvraag';

const cases: SchemeCase[] = [
  { name: 'someone who wants help with money matters is likely', household: alleenstaande(40, { wilHulpBijGeldzaken: 'ja' }), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'someone with payment arrears who does not ask for help is likely', household: alleenstaande(40, { betalingsachterstanden: 'ja' }), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'someone with arrears who is unsure about wanting help is likely', household: alleenstaande(40, { betalingsachterstanden: 'ja', wilHulpBijGeldzaken: null }), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'someone with neither arrears nor a wish for help is unlikely', household: alleenstaande(40), verdict: 'unlikely', key: `${KEY}.fail` },
  { name: 'someone with debts but no arrears and no wish for help is unlikely', household: alleenstaande(40, { schulden: 'ja' }), verdict: 'unlikely', key: `${KEY}.fail` },
  {
    name: 'someone without arrears who is unsure about wanting help is unknown and asked about money matters',
    household: alleenstaande(40, { wilHulpBijGeldzaken: null }),
    verdict: 'unknown',
    key: `${KEY}.unknown`,
    missing: ['geldzaken'],
  },
  {
    name: 'someone who does not want help and does not know about arrears is unknown and asked about money matters',
    household: alleenstaande(40, { betalingsachterstanden: null }),
    verdict: 'unknown',
    key: `${KEY}.unknown`,
    missing: ['geldzaken'],
  },
  { name: 'someone who wants help but lives outside Heemskerk is unlikely', household: alleenstaande(40, { wilHulpBijGeldzaken: 'ja', woontInHeemskerk: false }), verdict: 'unlikely', key: 'reasons.woonplaats.fail' },
  { name: 'a family with a good income who want help is likely: there is no income limit', household: metInkomen(metKinderen(paar(40, 38, { wilHulpBijGeldzaken: 'ja' }), 4), 500000), verdict: 'likely', key: `${KEY}.pass` },
  { name: 'a self-employed person who wants help is likely', household: alleenstaande(50, { ondernemer: true, wilHulpBijGeldzaken: 'ja' }), verdict: 'likely', key: `${KEY}.pass` },
];

describe('budgetcoaching', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(budgetcoaching, c);
  });
});
