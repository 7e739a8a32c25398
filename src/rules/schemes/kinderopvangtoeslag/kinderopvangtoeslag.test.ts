import { describe, expect, it } from 'vitest';
import { type SchemeCase, alleenstaandeOuder, byName, expectCase, metLoon, paar, metKinderen, alleenstaande } from '../../../../tests/fixtures/rules';
import { euro, outcomeOf } from '../../../../tests/fixtures/toeslagen';
import { kinderopvangtoeslag } from './kinderopvangtoeslag';

const KEY = 'schemes.kinderopvangtoeslag.reasons';
const metOpvang = <T extends object>(h: T) => ({ ...h, kinderopvang: true });

const cases: SchemeCase[] = [
  { name: 'a working single parent whose child goes to childcare is likely', household: metOpvang(metLoon(alleenstaandeOuder(), euro(1800))), verdict: 'likely', key: `${KEY}.werk.pass` },
  {
    name: 'a single parent studying with studiefinanciering whose child goes to childcare is likely',
    household: metOpvang(metLoon(alleenstaandeOuder(23, { studiefinanciering: true }), 0)),
    verdict: 'likely',
    key: `${KEY}.werk.pass`,
  },
  { name: 'a parent without paid childcare is unlikely', household: metLoon(alleenstaandeOuder(), euro(1800)), verdict: 'unlikely', key: `${KEY}.kinderopvang.fail` },
  { name: 'someone without children (so without childcare) is unlikely', household: alleenstaande(), verdict: 'unlikely', key: `${KEY}.kinderopvang.fail` },
  {
    name: 'a working couple whose child goes to childcare is unknown: both must work or study',
    household: metOpvang(metLoon(metKinderen(paar(), 3), euro(2500))),
    verdict: 'unknown',
    key: `${KEY}.werk.partner`,
  },
  {
    name: 'a single parent without pay from work is unknown: a course or a route to work also counts',
    household: metOpvang({ ...alleenstaandeOuder(), inkomen: { werk: 0, uitkering: euro(1400), pensioen: 0, overig: 0 } }),
    verdict: 'unknown',
    key: `${KEY}.werk.geenWerk`,
  },
  {
    name: 'a single parent who does not know the pay from work is unknown and asked for the income',
    household: metOpvang(metLoon(alleenstaandeOuder(), null)),
    verdict: 'unknown',
    key: `${KEY}.werk.unknown`,
    missing: ['inkomen'],
  },
];

describe('kinderopvangtoeslag (an indication only)', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(kinderopvangtoeslag, c);
  });

  it('never has an amount: the percentage table by income is not in the researched material', () => {
    expect(kinderopvangtoeslag.amount).toBeUndefined();
    expect(outcomeOf(kinderopvangtoeslag, metOpvang(metLoon(alleenstaandeOuder(), euro(1800)))).amount).toBeUndefined();
  });

  it('is applied for at Dienst Toeslagen', () => {
    expect(kinderopvangtoeslag.applyAt).toEqual(['dienstToeslagen']);
  });
});
