import { describe, it } from 'vitest';
import {
  type SchemeCase,
  alleenstaande,
  alleenstaandeOuder,
  byName,
  expectCase,
  limiet,
  metInkomen,
  metKinderen,
  paar,
  rondDeGrens,
} from '../../../../tests/fixtures/rules';
import { gezinMetTweeKinderen } from '../../../../tests/fixtures/households';
import type { NormId } from '../../norms/norms';
import { kindpakket } from './kindpakket';

const grens = (normId: NormId) => limiet(normId, 'kindpakket.inkomensgrens');
const inkomen = {
  tot: { verdict: 'likely', key: 'reasons.inkomen.pass' },
  boven: { verdict: 'unlikely', key: 'reasons.inkomen.fail' },
} as const;
const gezin = metKinderen(paar(38, 36), 7, 10);

const cases: SchemeCase[] = [
  ...rondDeGrens({ wie: 'a single parent', grens: '110% of the norm', household: alleenstaandeOuder(), bedrag: grens('bijstandsnorm.alleenstaande'), ...inkomen }),
  ...rondDeGrens({ wie: 'a couple with two children', grens: '110% of the couple norm', household: gezin, bedrag: grens('bijstandsnorm.gehuwden'), ...inkomen }),
  // Art. 20 lid 3 PW: above the youth norm the college raises it when the parents cannot provide, which is not asked.
  ...rondDeGrens({ wie: 'a single parent of 19', grens: '110% of the youth norm', household: alleenstaandeOuder(19), bedrag: grens('bijstandsnorm.jongereAlleenstaande'), ...inkomen, boven: { ...inkomen.boven, verdict: 'unknown', key: 'reasons.inkomen.jongere' } }),
  ...rondDeGrens({
    wie: 'a single parent sharing the house with one kostendeler',
    grens: '110% of the kostendelersnorm',
    household: alleenstaandeOuder(35, { kostendelers: 1 }),
    // 110% of € 1.013,90 (A = 2 on 1 July 2026)
    bedrag: 111529,
    ...inkomen,
  }),
  {
    name: 'the family with two children at 115% of the couple norm (wages, holiday pay on top) is unlikely, with the limit € 2.230,57',
    household: gezinMetTweeKinderen,
    verdict: 'unlikely',
    key: 'reasons.inkomen.failVakantiegeld',
    params: { grens: { money: 223057 }, netto: { money: 233196 }, huishouden: { term: 'household.paarMetKinderen' } },
  },
  {
    name: 'a family above 110% with debts is unknown: the Kindpakket is open to people in debt help',
    household: { ...gezinMetTweeKinderen, schulden: 'ja' },
    verdict: 'unknown',
    key: 'schemes.kindpakket.reasons.schuldhulp',
    params: { grens: { money: 223057 } },
    unverified: true,
  },
  {
    name: 'a family above 110% with payment arrears but no debts is unknown: arrears too can lead to debt help',
    household: { ...gezinMetTweeKinderen, schulden: 'nee', betalingsachterstanden: 'ja' },
    verdict: 'unknown',
    key: 'schemes.kindpakket.reasons.schuldhulp',
    params: { grens: { money: 223057 } },
    unverified: true,
  },
  {
    name: 'a family above 110% who do not know about debts is unlikely',
    household: { ...gezinMetTweeKinderen, schulden: null },
    verdict: 'unlikely',
    key: 'reasons.inkomen.failVakantiegeld',
  },
  { name: 'someone without children is unlikely', household: alleenstaande(), verdict: 'unlikely', key: 'schemes.kindpakket.reasons.kinderen.fail', params: { aantal: 0 } },
  { name: 'a couple with two children is told the number of children', household: gezin, verdict: 'likely', key: 'schemes.kindpakket.reasons.kinderen.pass', params: { aantal: 2 } },
  { name: 'a single parent living outside Heemskerk is unlikely', household: alleenstaandeOuder(35, { woontInHeemskerk: false }), verdict: 'unlikely', key: 'reasons.woonplaats.fail' },
  { name: 'a single parent with unknown income is unknown and asks for the income', household: metInkomen(alleenstaandeOuder(), null), verdict: 'unknown', key: 'reasons.inkomen.unknown', missing: ['inkomen'] },
  {
    name: 'a student parent with a low income is likely: the Kindpakket does not ask about studiefinanciering',
    household: alleenstaandeOuder(23, { studiefinanciering: true }),
    verdict: 'likely',
    key: 'reasons.inkomen.pass',
  },
];

describe('kindpakket', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(kindpakket, c);
  });
});
