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
  metLoon,
  norm,
  paar,
  rondDeGrens,
} from '../../../../tests/fixtures/rules';
import { alleenstaandePensionado } from '../../../../tests/fixtures/households';
import type { NormId } from '../../norms/norms';
import { minimaregelingen } from './minimaregelingen';

const grens = (normId: NormId, peildatum?: string) => limiet(normId, 'minimaregelingen.inkomensgrens', peildatum);
const inkomen = {
  tot: { verdict: 'likely', key: 'reasons.inkomen.pass' },
  boven: { verdict: 'unlikely', key: 'reasons.inkomen.fail' },
} as const;
const vermogensgrensGezin = norm('vermogensgrens.gezin');

const cases: SchemeCase[] = [
  // Like with like: the norm includes the vakantietoeslag (art. 19 lid 3 PW), net wages do not include the holiday pay.
  {
    name: 'a worker with net wages exactly at 110% of the norm is unlikely once the holiday pay (8% of the gross wage) is counted',
    household: metLoon(alleenstaande(), limiet('bijstandsnorm.alleenstaande', 'minimaregelingen.inkomensgrens')),
    verdict: 'unlikely',
    key: 'reasons.inkomen.failVakantiegeld',
  },
  {
    name: 'a worker with net wages at 102% of the norm is likely: with holiday pay about 108%',
    household: metLoon(alleenstaande(), Math.round(norm('bijstandsnorm.alleenstaande') * 1.02)),
    verdict: 'likely',
    key: 'reasons.inkomen.passVakantiegeld',
    unverified: true,
  },
  ...rondDeGrens({ wie: 'a single person', grens: '110% of the norm', household: alleenstaande(), bedrag: grens('bijstandsnorm.alleenstaande'), ...inkomen }),
  ...rondDeGrens({ wie: 'a couple', grens: '110% of the couple norm', household: paar(), bedrag: grens('bijstandsnorm.gehuwden'), ...inkomen }),
  // Art. 20 lid 3 PW: above the youth norm the college raises it when the parents cannot provide, which is not asked.
  ...rondDeGrens({ wie: 'a single person of 19', grens: '110% of the youth norm', household: alleenstaande(19), bedrag: grens('bijstandsnorm.jongereAlleenstaande'), ...inkomen, boven: { ...inkomen.boven, verdict: 'unknown', key: 'reasons.inkomen.jongere' } }),
  ...rondDeGrens({ wie: 'a single pensioner', grens: '110% of the AOW-age norm', household: alleenstaande(70), bedrag: grens('bijstandsnorm.alleenstaandeAow'), ...inkomen }),
  ...rondDeGrens({
    wie: 'in the first half of 2026 a single person',
    grens: '110% of the norm then in force',
    household: alleenstaande(),
    bedrag: grens('bijstandsnorm.alleenstaande', PEILDATUM_H1),
    peildatum: PEILDATUM_H1,
    ...inkomen,
  }),
  {
    name: 'a single person with income one cent above 110% of the norm is unlikely, with the limit € 1.561,41',
    household: metInkomen(alleenstaande(), 156142),
    verdict: 'unlikely',
    key: 'reasons.inkomen.fail',
    params: { grens: { money: 156141 }, percentage: { percent: 110 }, norm: { money: 141946 } },
  },
  {
    name: 'in the first half of 2026 a single person at € 1.541,65 (110% of € 1.401,50) is likely',
    household: metInkomen(alleenstaande(), 154165),
    peildatum: PEILDATUM_H1,
    verdict: 'likely',
    key: 'reasons.inkomen.pass',
    params: { grens: { money: 154165 }, geldigVanaf: { date: '2026-01-01' } },
  },
  {
    name: 'a single parent with income exactly at 110% of the norm is likely, as a single parent',
    household: metInkomen(alleenstaandeOuder(), grens('bijstandsnorm.alleenstaande')),
    verdict: 'likely',
    key: 'reasons.inkomen.pass',
    params: { huishouden: { term: 'household.alleenstaandeOuder' } },
  },
  {
    name: 'a couple of 60 and 68 at 110% of their norm is likely but unverified: the July 2026 norm for one AOW partner is assumed',
    household: metInkomen(paar(60, 68), grens('bijstandsnorm.gehuwdenEenAow')),
    verdict: 'likely',
    key: 'reasons.inkomen.pass',
    params: { huishouden: { term: 'household.paarEenAow' } },
    unverified: true,
  },
  {
    name: 'the same couple one cent above that limit is unlikely, without a caveat',
    household: metInkomen(paar(60, 68), grens('bijstandsnorm.gehuwdenEenAow') + 1),
    verdict: 'unlikely',
    key: 'reasons.inkomen.fail',
  },
  { name: 'the single pensioner living on AOW only is likely, with the AOW holiday pay counted (art. 19 lid 3 PW)', household: alleenstaandePensionado, verdict: 'likely', key: 'reasons.inkomen.passVakantiegeld', unverified: true },
  { name: 'a person of 17 is unlikely', household: alleenstaande(17), verdict: 'unlikely', key: 'reasons.minimumLeeftijd.fail', params: { leeftijd: 17, grens: 18 } },
  { name: 'a person of exactly 18 is likely', household: alleenstaande(18), verdict: 'likely', key: 'reasons.minimumLeeftijd.pass' },
  { name: 'someone living outside Heemskerk is unlikely', household: alleenstaande(40, { woontInHeemskerk: false }), verdict: 'unlikely', key: 'reasons.woonplaats.fail' },
  { name: 'a student with studiefinanciering is unlikely', household: alleenstaande(20, { studiefinanciering: true }), verdict: 'unlikely', key: 'reasons.studiefinanciering.fail' },
  { name: 'a single person with unknown income is unknown and asks for the income', household: metInkomen(alleenstaande(), null), verdict: 'unknown', key: 'reasons.inkomen.unknown', missing: ['inkomen'] },
  {
    name: 'a single parent with assets exactly at the family limit is likely',
    household: alleenstaandeOuder(35, { vermogen: vermogensgrensGezin }),
    verdict: 'likely',
    key: 'reasons.vermogenGemeente.pass',
  },
  {
    name: 'a single parent with assets one cent above the family limit is unknown: Heemskerk decides',
    household: alleenstaandeOuder(35, { vermogen: vermogensgrensGezin + 1 }),
    verdict: 'unknown',
    key: 'reasons.vermogenGemeente.unknown',
    params: { grens: { money: 1600000 } },
  },
  { name: 'a single person with unknown assets is unknown and asks for the assets', household: alleenstaande(40, { vermogen: null }), verdict: 'unknown', key: 'reasons.vermogen.unknown', missing: ['vermogen'] },
];

describe('minimaregelingen', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(minimaregelingen, c);
  });
});
