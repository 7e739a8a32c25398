import { describe, expect, it } from 'vitest';
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
import { households } from '../../../../tests/fixtures/households';
import { evaluateScheme } from '../../engine/evaluate';
import type { NormId } from '../../norms/norms';
import { bijzondereBijstand } from './bijzondereBijstand';

const KOSTEN = 'schemes.bijzondereBijstand.reasons.kosten';
const grens = (normId: NormId) => limiet(normId, 'bijzondereBijstand.inkomensgrens');
// Up to the limit the answer depends on the costs themselves: "ask", never "yes".
const inkomen = {
  tot: { verdict: 'unknown', key: KOSTEN, paramsFrom: 'reasons.inkomen.pass' },
  boven: { verdict: 'unlikely', key: 'reasons.inkomen.fail' },
} as const;

const cases: SchemeCase[] = [
  ...rondDeGrens({ wie: 'a single person', grens: '150% of the norm', household: alleenstaande(), bedrag: grens('bijstandsnorm.alleenstaande'), ...inkomen }),
  ...rondDeGrens({ wie: 'a couple', grens: '150% of the couple norm', household: paar(), bedrag: grens('bijstandsnorm.gehuwden'), ...inkomen }),
  ...rondDeGrens({ wie: 'a single pensioner', grens: '150% of the AOW-age norm', household: alleenstaande(70), bedrag: grens('bijstandsnorm.alleenstaandeAow'), ...inkomen }),
  // Art. 20 lid 3 PW: above the youth norm the college raises it when the parents cannot provide, which is not asked.
  ...rondDeGrens({ wie: 'a single person of 19', grens: '150% of the youth norm', household: alleenstaande(19), bedrag: grens('bijstandsnorm.jongereAlleenstaande'), ...inkomen, boven: { ...inkomen.boven, verdict: 'unknown', key: 'reasons.inkomen.jongere' } }),
  {
    name: 'a couple with income one cent above 150% of the couple norm is unlikely; the half cent rounds up to € 3.041,69',
    household: metInkomen(paar(), 304170),
    verdict: 'unlikely',
    key: 'reasons.inkomen.fail',
    params: { grens: { money: 304169 }, percentage: { percent: 150 } },
  },
  {
    name: 'a single parent with income exactly at 150% of the norm (€ 2.129,19) is unknown: it depends on the costs',
    household: metInkomen(alleenstaandeOuder(), 212919),
    verdict: 'unknown',
    key: KOSTEN,
  },
  {
    name: 'a single person with unknown income is unknown and asks for the income first',
    household: metInkomen(alleenstaande(), null),
    verdict: 'unknown',
    key: 'reasons.inkomen.unknown',
    missing: ['inkomen'],
  },
  { name: 'a person of 17 is unlikely', household: alleenstaande(17), verdict: 'unlikely', key: 'reasons.minimumLeeftijd.fail', params: { leeftijd: 17, grens: 18 } },
  { name: 'someone living outside Heemskerk is unlikely', household: alleenstaande(40, { woontInHeemskerk: false }), verdict: 'unlikely', key: 'reasons.woonplaats.fail' },
  { name: 'an ondernemer with a low income is unknown: it depends on the costs', household: alleenstaande(50, { ondernemer: true }), verdict: 'unknown', key: KOSTEN },
  { name: 'a student with a low income is unknown: it depends on the costs', household: alleenstaande(20, { studiefinanciering: true }), verdict: 'unknown', key: KOSTEN },
];

describe('bijzondere bijstand', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(bijzondereBijstand, c);
  });

  it.each(Object.entries(households))('is never likely, not even for %s', (_, household) => {
    expect(evaluateScheme(bijzondereBijstand, household, '2026-07-01').verdict).not.toBe('likely');
  });
});
