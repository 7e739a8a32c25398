import { describe, it } from 'vitest';
import {
  PEILDATUM_H1,
  type SchemeCase,
  alleenstaande,
  alleenstaandeOuder,
  byName,
  expectCase,
  limiet,
  metInkomen,
  norm,
  paar,
  rondDeGrens,
  metKinderen,
} from '../../../../tests/fixtures/rules';
import type { NormId } from '../../norms/norms';
import { algemeneBijstand } from './algemeneBijstand';

const PERCENTAGE = 'algemeneBijstand.inkomensgrens';
const grens = (normId: NormId, peildatum?: string) => limiet(normId, PERCENTAGE, peildatum);
// Art. 11 and 19 PW: bijstand tops up to the norm, so an income exactly at it leaves € 0: not likely.
const inkomen = {
  tot: { verdict: 'likely', key: 'reasons.inkomen.pass' },
  op: { verdict: 'unlikely', key: 'reasons.inkomen.opNorm' },
  boven: { verdict: 'unlikely', key: 'reasons.inkomen.fail' },
} as const;
const vermogenAlleenstaande = norm('vermogensgrens.alleenstaande');
const vermogenGezin = norm('vermogensgrens.gezin');

const cases: SchemeCase[] = [
  ...rondDeGrens({ wie: 'a single person', grens: 'the norm', household: alleenstaande(), bedrag: grens('bijstandsnorm.alleenstaande'), ...inkomen }),
  ...rondDeGrens({ wie: 'a couple', grens: 'the couple norm', household: paar(), bedrag: grens('bijstandsnorm.gehuwden'), ...inkomen }),
  // Art. 20 lid 3 PW: the college raises the youth norm when the parents cannot provide; not asked, so "ask".
  ...rondDeGrens({
    wie: 'a single person of 19',
    grens: 'the youth norm',
    household: alleenstaande(19),
    bedrag: grens('bijstandsnorm.jongereAlleenstaande'),
    ...inkomen,
    op: { verdict: 'unknown', key: 'reasons.inkomen.jongere' },
    boven: { verdict: 'unknown', key: 'reasons.inkomen.jongere' },
  }),
  {
    name: 'a single person of 19 one cent under the raised youth norm (€ 1.112,66, art. 20 lid 3 and 4 PW) is unknown',
    household: metInkomen(alleenstaande(19), 111265),
    verdict: 'unknown',
    key: 'reasons.inkomen.jongere',
    params: { hoogste: { money: 111266 } },
  },
  {
    name: 'a single person of 19 exactly at the raised youth norm is unlikely: nothing to top up',
    household: metInkomen(alleenstaande(19), 111266),
    verdict: 'unlikely',
    key: 'reasons.inkomen.opNorm',
    params: { grens: { money: 111266 } },
  },
  {
    name: 'a single person of 19 one cent above the raised youth norm is unlikely',
    household: metInkomen(alleenstaande(19), 111267),
    verdict: 'unlikely',
    key: 'reasons.inkomen.fail',
    params: { grens: { money: 111266 } },
  },
  {
    name: 'a 19-year-old living alone with € 600 a month is not told "no" (art. 20 lid 3 PW): we cannot tell, ask',
    household: metInkomen(alleenstaande(19), 60000),
    verdict: 'unknown',
    key: 'reasons.inkomen.jongere',
    params: { grens: { money: 35042 }, hoogste: { money: 111266 }, inkomen: { money: 60000 } },
  },
  ...rondDeGrens({
    wie: 'a single person sharing the house with one kostendeler',
    grens: 'the kostendelersnorm',
    household: alleenstaande(40, { kostendelers: 1 }),
    bedrag: 101390,
    ...inkomen,
  }),
  ...rondDeGrens({
    wie: 'in the first half of 2026 a single person',
    grens: 'the norm then in force',
    household: alleenstaande(),
    bedrag: grens('bijstandsnorm.alleenstaande', PEILDATUM_H1),
    peildatum: PEILDATUM_H1,
    ...inkomen,
  }),
  {
    name: 'a single person with income one cent above the norm is told the limit of € 1.419,46 and the household type',
    household: metInkomen(alleenstaande(), 141947),
    verdict: 'unlikely',
    key: 'reasons.inkomen.fail',
    params: { grens: { money: 141946 }, percentage: { percent: 100 }, huishouden: { term: 'household.alleenstaande' }, personen: 0 },
  },
  {
    name: 'a single parent with income one cent under the norm is likely, as a single parent',
    household: metInkomen(alleenstaandeOuder(), grens('bijstandsnorm.alleenstaande') - 1),
    verdict: 'likely',
    key: 'reasons.inkomen.pass',
    params: { huishouden: { term: 'household.alleenstaandeOuder' } },
  },
  {
    name: 'a single person with unknown income is unknown and asks for the income',
    household: metInkomen(alleenstaande(), null),
    verdict: 'unknown',
    key: 'reasons.inkomen.unknown',
    params: { grens: { money: grens('bijstandsnorm.alleenstaande') } },
    missing: ['inkomen'],
  },
  { name: 'a person of 17 is unlikely', household: alleenstaande(17), verdict: 'unlikely', key: 'reasons.minimumLeeftijd.fail', params: { leeftijd: 17, grens: 18 } },
  { name: 'a person of exactly 18 is likely', household: alleenstaande(18), verdict: 'likely', key: 'reasons.minimumLeeftijd.pass', params: { leeftijd: 18, grens: 18 } },
  { name: 'a person of 66 is likely', household: alleenstaande(66), verdict: 'likely', key: 'reasons.onderAowLeeftijd.pass' },
  { name: 'a person of AOW age (67) is unlikely: that is the AIO', household: alleenstaande(67), verdict: 'unlikely', key: 'reasons.onderAowLeeftijd.fail', params: { grens: 67 } },
  { name: 'a student with studiefinanciering is unlikely', household: alleenstaande(22, { studiefinanciering: true }), verdict: 'unlikely', key: 'reasons.studiefinanciering.fail' },
  { name: 'an ondernemer is unlikely: that is the Bbz', household: alleenstaande(45, { ondernemer: true }), verdict: 'unlikely', key: 'schemes.algemeneBijstand.reasons.ondernemer' },
  { name: 'someone already on bijstand is likely and is told so', household: alleenstaande(45, { ontvangtBijstand: true }), verdict: 'likely', key: 'schemes.algemeneBijstand.reasons.ontvangtAl' },
  { name: 'someone living outside Heemskerk is still likely: bijstand is national', household: alleenstaande(40, { woontInHeemskerk: false }), verdict: 'likely', key: 'reasons.inkomen.pass' },
  {
    name: 'a single person with assets exactly at the limit is likely',
    household: alleenstaande(40, { vermogen: vermogenAlleenstaande }),
    verdict: 'likely',
    key: 'reasons.vermogen.pass',
    params: { grens: { money: vermogenAlleenstaande } },
  },
  {
    name: 'a single person with assets one cent above the limit of € 8.000 is unlikely',
    household: alleenstaande(40, { vermogen: vermogenAlleenstaande + 1 }),
    verdict: 'unlikely',
    key: 'reasons.vermogen.fail',
    params: { grens: { money: 800000 }, vermogen: { money: 800001 } },
  },
  {
    name: 'a single parent with assets exactly at the family limit is likely',
    household: alleenstaandeOuder(35, { vermogen: vermogenGezin }),
    verdict: 'likely',
    key: 'reasons.vermogen.pass',
    params: { grens: { money: vermogenGezin } },
  },
  {
    name: 'a couple with children with assets one cent above the family limit is unlikely',
    household: metKinderen(paar(40, 38, { vermogen: vermogenGezin + 1 }), 5),
    verdict: 'unlikely',
    key: 'reasons.vermogen.fail',
    params: { grens: { money: 1600000 } },
  },
  {
    name: 'a single person with unknown assets is unknown and asks for the assets',
    household: alleenstaande(40, { vermogen: null }),
    verdict: 'unknown',
    key: 'reasons.vermogen.unknown',
    params: { grens: { money: vermogenAlleenstaande } },
    missing: ['vermogen'],
  },
];

describe('algemene bijstand', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(algemeneBijstand, c);
  });
});
