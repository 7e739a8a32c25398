import { describe, expect, it } from 'vitest';
import {
  PEILDATUM,
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
} from '../../../../tests/fixtures/rules';
import { evaluateScheme } from '../../engine/evaluate';
import type { NormId } from '../../norms/norms';
import { kwijtschelding } from './kwijtschelding';

const KEY = 'schemes.kwijtschelding.reasons';
const grens = (normId: NormId) => limiet(normId, 'kwijtschelding.kostenVanBestaan');
// The 100% comes from a 2019 budget, so every outcome that is not "no" says "ask the municipality".
const inkomen = {
  tot: { verdict: 'likely', key: `${KEY}.betalingscapaciteit.pass`, unverified: true },
  boven: { verdict: 'unknown', key: `${KEY}.betalingscapaciteit.unknown`, unverified: true },
} as const;
const normAlleenstaande = grens('bijstandsnorm.alleenstaande');
/** Art. 12 lid 2 d URI: kosten van bestaan plus a month of rent (€ 650) and the health premium (€ 2.119 / 12). */
const vrijVermogen = normAlleenstaande + 65000 + Math.round(norm('zorgtoeslag.standaardpremie') / 12);

const cases: SchemeCase[] = [
  // URI 1990 art. 11–13: what the vermogen and 80% of a year's betalingscapaciteit cover is not remitted.
  {
    name: 'a single person with savings above what may be kept by at least the tax (2024: € 544,92) is unlikely (art. 11 b 1°, art. 12)',
    household: alleenstaande(40, { vermogen: vrijVermogen + norm('kwijtschelding.aanslag.eenpersoons') }),
    verdict: 'unlikely',
    key: `${KEY}.vermogen.fail`,
    params: { grens: { money: vrijVermogen }, aanslag: { money: 54492 } },
  },
  {
    name: 'a single person with savings one cent short of that is unknown: part of the tax may be remitted',
    household: alleenstaande(40, { vermogen: vrijVermogen + norm('kwijtschelding.aanslag.eenpersoons') - 1 }),
    verdict: 'unknown',
    key: `${KEY}.vermogen.unknown`,
    unverified: true,
  },
  {
    name: 'a homeowner is not told "likely": the equity of the home counts as vermogen (art. 12 lid 1)',
    household: alleenstaande(40, { woonsituatie: 'koop', huurPerMaand: 0 }),
    verdict: 'unknown',
    key: `${KEY}.vermogen.eigenWoning`,
    unverified: true,
  },
  {
    name: 'a single person whose 80% betalingscapaciteit covers the tax is unlikely (art. 11 b 2°, art. 13)',
    household: metInkomen(alleenstaande(), normAlleenstaande + 65000 + Math.round(norm('zorgtoeslag.standaardpremie') / 12) + Math.ceil(54492 / 12 / 0.8)),
    verdict: 'unlikely',
    key: `${KEY}.betalingscapaciteit.fail`,
    params: { aanslag: { money: 54492 } },
  },
  {
    name: 'a single person whose betalingscapaciteit covers less than the tax is unknown: partial kwijtschelding',
    household: metInkomen(alleenstaande(), normAlleenstaande + 65000 + Math.round(norm('zorgtoeslag.standaardpremie') / 12) + Math.floor(54492 / 12 / 0.8) - 100),
    verdict: 'unknown',
    key: `${KEY}.betalingscapaciteit.unknown`,
    unverified: true,
  },
  ...rondDeGrens({ wie: 'a single person', grens: 'the norm', household: alleenstaande(), bedrag: normAlleenstaande, ...inkomen }),
  ...rondDeGrens({ wie: 'a couple', grens: 'the couple norm', household: paar(), bedrag: grens('bijstandsnorm.gehuwden'), ...inkomen }),
  ...rondDeGrens({ wie: 'a single pensioner', grens: 'the AOW-age norm', household: alleenstaande(70), bedrag: grens('bijstandsnorm.alleenstaandeAow'), ...inkomen }),
  ...rondDeGrens({ wie: 'a single person of 19', grens: 'the youth norm', household: alleenstaande(19), bedrag: grens('bijstandsnorm.jongereAlleenstaande'), ...inkomen }),
  ...rondDeGrens({
    wie: 'a single person sharing the house with two kostendelers',
    grens: 'the kostendelersnorm',
    household: alleenstaande(40, { kostendelers: 2 }),
    // A = 3 on 1 July 2026: 13/30 of € 2.027,79
    bedrag: 87871,
    ...inkomen,
  }),
  {
    name: 'a single parent with income one cent above the norm is unknown: partial kwijtschelding is possible',
    household: metInkomen(alleenstaandeOuder(), 141947),
    verdict: 'unknown',
    key: `${KEY}.betalingscapaciteit.unknown`,
    params: { grens: { money: 141946 }, percentage: { percent: 100 }, huishouden: { term: 'household.alleenstaandeOuder' }, personen: 0 },
    unverified: true,
  },
  { name: 'a single person with unknown income is unknown and asks for the income', household: metInkomen(alleenstaande(), null), verdict: 'unknown', key: 'reasons.inkomen.unknown', missing: ['inkomen'], unverified: true },
  {
    name: 'a single person with savings exactly at one month of the norm, rent and health premium is likely (URI art. 12 lid 2 d)',
    household: alleenstaande(40, { vermogen: vrijVermogen }),
    verdict: 'likely',
    key: `${KEY}.vermogen.pass`,
    params: { grens: { money: vrijVermogen }, vermogen: { money: vrijVermogen } },
    unverified: true,
  },
  {
    name: 'a single person with savings one cent above it is unknown: the rest of the tax may be remitted',
    household: alleenstaande(40, { vermogen: vrijVermogen + 1 }),
    verdict: 'unknown',
    key: `${KEY}.vermogen.unknown`,
    params: { grens: { money: vrijVermogen } },
    unverified: true,
  },
  { name: 'a single person with unknown savings is unknown and asks for them', household: alleenstaande(40, { vermogen: null }), verdict: 'unknown', key: 'reasons.vermogen.unknown', missing: ['vermogen'], unverified: true },
  { name: 'someone living outside Heemskerk is unlikely and not marked unverified', household: alleenstaande(40, { woontInHeemskerk: false }), verdict: 'unlikely', key: 'reasons.woonplaats.fail', unverified: false },
  { name: 'a person of 17 is unlikely: there is no norm to compare with', household: alleenstaande(17), verdict: 'unlikely', key: 'reasons.inkomen.geenNorm' },
  { name: 'an ondernemer with a low income is likely: kwijtschelding does not exclude them', household: alleenstaande(50, { ondernemer: true }), verdict: 'likely', key: `${KEY}.betalingscapaciteit.pass`, unverified: true },
];

describe('kwijtschelding', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(kwijtschelding, c);
  });

  it('a person of 17 gets no reason about savings, as there is no norm to measure them by', () => {
    const outcome = evaluateScheme(kwijtschelding, alleenstaande(17), PEILDATUM);
    expect(outcome.reasons.map((r) => r.key)).toEqual(['reasons.woonplaats.pass', 'reasons.inkomen.geenNorm']);
  });
});
