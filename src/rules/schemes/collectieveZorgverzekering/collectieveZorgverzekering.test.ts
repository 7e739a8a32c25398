import { describe, it } from 'vitest';
import {
  type SchemeCase,
  alleenstaande,
  alleenstaandeOuder,
  byName,
  expectCase,
  limiet,
  metInkomen,
  paar,
  rondDeGrens,
} from '../../../../tests/fixtures/rules';
import type { NormId } from '../../norms/norms';
import { collectieveZorgverzekering } from './collectieveZorgverzekering';

const grens = (normId: NormId) => limiet(normId, 'collectieveZorgverzekering.inkomensgrens');
// The 130% comes from a 2019 social map: a likely outcome always says "check with the municipality".
const inkomen = {
  tot: { verdict: 'likely', key: 'reasons.inkomen.pass', unverified: true },
  boven: { verdict: 'unlikely', key: 'reasons.inkomen.fail', unverified: false },
} as const;

const cases: SchemeCase[] = [
  ...rondDeGrens({ wie: 'a single person', grens: '130% of the norm', household: alleenstaande(), bedrag: grens('bijstandsnorm.alleenstaande'), ...inkomen }),
  ...rondDeGrens({ wie: 'a couple', grens: '130% of the couple norm', household: paar(), bedrag: grens('bijstandsnorm.gehuwden'), ...inkomen }),
  ...rondDeGrens({ wie: 'a couple both of AOW age', grens: '130% of their norm', household: paar(70, 68), bedrag: grens('bijstandsnorm.gehuwdenAow'), ...inkomen }),
  // Art. 20 lid 3 PW: above the youth norm the college raises it when the parents cannot provide, which is not asked.
  ...rondDeGrens({ wie: 'a single person of 19', grens: '130% of the youth norm', household: alleenstaande(19), bedrag: grens('bijstandsnorm.jongereAlleenstaande'), ...inkomen, boven: { ...inkomen.boven, verdict: 'unknown', key: 'reasons.inkomen.jongere', unverified: true } }),
  {
    name: 'a single person with income exactly at 130% of the norm (€ 1.845,30) is likely but unverified',
    household: metInkomen(alleenstaande(), 184530),
    verdict: 'likely',
    key: 'reasons.inkomen.pass',
    params: { grens: { money: 184530 }, percentage: { percent: 130 } },
    unverified: true,
  },
  {
    name: 'a single parent with income exactly at 130% of the norm is likely, as a single parent',
    household: metInkomen(alleenstaandeOuder(), grens('bijstandsnorm.alleenstaande')),
    verdict: 'likely',
    key: 'reasons.inkomen.pass',
    params: { huishouden: { term: 'household.alleenstaandeOuder' } },
    unverified: true,
  },
  { name: 'a single person with unknown income is unknown, unverified, and asks for the income', household: metInkomen(alleenstaande(), null), verdict: 'unknown', key: 'reasons.inkomen.unknown', missing: ['inkomen'], unverified: true },
  { name: 'a person of 17 is unlikely', household: alleenstaande(17), verdict: 'unlikely', key: 'reasons.minimumLeeftijd.fail', params: { leeftijd: 17, grens: 18 } },
  { name: 'a person of exactly 18 is likely but unverified', household: alleenstaande(18), verdict: 'likely', key: 'reasons.minimumLeeftijd.pass', unverified: true },
  { name: 'someone living outside Heemskerk is unlikely', household: alleenstaande(40, { woontInHeemskerk: false }), verdict: 'unlikely', key: 'reasons.woonplaats.fail' },
  { name: 'a student with a low income is likely: the scheme does not ask about studiefinanciering', household: alleenstaande(20, { studiefinanciering: true }), verdict: 'likely', key: 'reasons.inkomen.pass', unverified: true },
];

describe('collectieve zorgverzekering', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(collectieveZorgverzekering, c);
  });
});
