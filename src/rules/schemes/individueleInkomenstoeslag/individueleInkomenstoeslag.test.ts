import { describe, expect, it } from 'vitest';
import {
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
import { getNorm } from '../../norms/getNorm';
import type { NormId } from '../../norms/norms';
import { individueleInkomenstoeslag } from './individueleInkomenstoeslag';

const grens = (normId: NormId) => limiet(normId, 'iit.inkomensgrens');
const inkomen = {
  tot: { verdict: 'likely', key: 'reasons.inkomen.pass' },
  boven: { verdict: 'unlikely', key: 'reasons.inkomen.fail' },
} as const;
const LANGDURIG = 'schemes.individueleInkomenstoeslag.reasons.langdurigLaagInkomen';
const vermogensgrens = norm('vermogensgrens.alleenstaande');

const cases: SchemeCase[] = [
  ...rondDeGrens({ wie: 'a single person', grens: '110% of the norm', household: alleenstaande(), bedrag: grens('bijstandsnorm.alleenstaande'), ...inkomen }),
  ...rondDeGrens({ wie: 'a couple', grens: '110% of the couple norm', household: paar(), bedrag: grens('bijstandsnorm.gehuwden'), ...inkomen }),
  ...rondDeGrens({ wie: 'a single parent', grens: '110% of the norm', household: alleenstaandeOuder(), bedrag: grens('bijstandsnorm.alleenstaande'), ...inkomen }),
  {
    name: 'a single person with income one cent above 110% of the norm is told the limit of € 1.561,41',
    household: metInkomen(alleenstaande(), 156142),
    verdict: 'unlikely',
    key: 'reasons.inkomen.fail',
    params: { grens: { money: 156141 }, percentage: { percent: 110 }, norm: { money: 141946 }, geldigVanaf: { date: '2026-07-01' } },
  },
  {
    name: 'a couple with income exactly at 110% of the couple norm is told the limit of € 2.230,57',
    household: metInkomen(paar(), 223057),
    verdict: 'likely',
    key: 'reasons.inkomen.pass',
    params: { grens: { money: 223057 } },
  },
  { name: 'a person of 20 is unlikely: the IIT starts at 21', household: alleenstaande(20), verdict: 'unlikely', key: 'reasons.minimumLeeftijd.fail', params: { leeftijd: 20, grens: 21 } },
  { name: 'a person of exactly 21 is likely', household: alleenstaande(21), verdict: 'likely', key: 'reasons.minimumLeeftijd.pass', params: { grens: 21 } },
  { name: 'a person of 66 is likely', household: alleenstaande(66), verdict: 'likely', key: 'reasons.onderAowLeeftijd.pass' },
  { name: 'a person of AOW age (67) is unlikely', household: alleenstaande(67), verdict: 'unlikely', key: 'reasons.onderAowLeeftijd.fail', params: { grens: 67 } },
  { name: 'someone living outside Heemskerk is unlikely', household: alleenstaande(40, { woontInHeemskerk: false }), verdict: 'unlikely', key: 'reasons.woonplaats.fail' },
  { name: 'a student with studiefinanciering is unlikely', household: alleenstaande(23, { studiefinanciering: true }), verdict: 'unlikely', key: 'reasons.studiefinanciering.fail' },
  { name: 'someone whose income has been low for a short time is unlikely', household: alleenstaande(40, { laagInkomenSinds: 'kort' }), verdict: 'unlikely', key: `${LANGDURIG}.fail`, params: { maanden: 36 } },
  { name: 'someone whose income has been low for three years or more is likely', household: alleenstaande(40, { laagInkomenSinds: 'lang' }), verdict: 'likely', key: `${LANGDURIG}.pass`, params: { maanden: 36 } },
  {
    name: 'someone who does not know how long the income has been low is unknown and asks for it',
    household: alleenstaande(40, { laagInkomenSinds: null }),
    verdict: 'unknown',
    key: `${LANGDURIG}.unknown`,
    params: { maanden: 36 },
    missing: ['laagInkomenSinds'],
  },
  { name: 'a single person with unknown income is unknown and asks for the income', household: metInkomen(alleenstaande(), null), verdict: 'unknown', key: 'reasons.inkomen.unknown', missing: ['inkomen'] },
  {
    name: 'someone who knows neither the income nor how long it was low is asked for both',
    household: metInkomen(alleenstaande(40, { laagInkomenSinds: null }), null),
    verdict: 'unknown',
    key: 'reasons.inkomen.unknown',
    missing: ['inkomen', 'laagInkomenSinds'],
  },
  { name: 'a single person with assets exactly at the bijstand limit is likely (art. 36 lid 1 PW)', household: alleenstaande(40, { vermogen: vermogensgrens }), verdict: 'likely', key: 'reasons.vermogen.pass' },
  {
    name: 'a single person with assets one cent above the bijstand limit is unlikely: art. 36 lid 1 PW excludes vermogen above the art. 34 limit',
    household: alleenstaande(40, { vermogen: vermogensgrens + 1 }),
    verdict: 'unlikely',
    key: 'reasons.vermogen.fail',
    params: { grens: { money: vermogensgrens }, vermogen: { money: vermogensgrens + 1 } },
  },
  { name: 'a single person with unknown assets is unknown and asks for the assets', household: alleenstaande(40, { vermogen: null }), verdict: 'unknown', key: 'reasons.vermogen.unknown', missing: ['vermogen'] },
  { name: 'an ondernemer with a long low income is likely: the IIT does not exclude them', household: alleenstaande(50, { ondernemer: true }), verdict: 'likely', key: 'reasons.inkomen.pass' },
];

describe('individuele inkomenstoeslag', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(individueleInkomenstoeslag, c);
  });
});

describe('art. 36 PW from 1 January 2027: the college MAY grant the IIT without an application (Participatiewet in balans)', () => {
  // The first day of the 2027 law, from the norms (art. 34a, in force the same day: Stb. 2025, 313).
  const IN_2027 = getNorm('vrijlatingArbeid.percentage', '2099-01-01').validFrom;
  const DAY_BEFORE = new Date(Date.parse(`${IN_2027}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const AMBTSHALVE = 'schemes.individueleInkomenstoeslag.reasons.ambtshalve';
  const reasons = (changes: Parameters<typeof alleenstaande>[1], peildatum: string) =>
    evaluateScheme(individueleInkomenstoeslag, alleenstaande(40, { laagInkomenSinds: 'lang', ...changes }), peildatum).reasons.filter((r) => r.key.startsWith(AMBTSHALVE));

  it('on the day before, nothing is said about it: applying is the only way', () => {
    expect(reasons({ ontvangtBijstand: true }, DAY_BEFORE)).toEqual([]);
    expect(reasons({ ontvangtBijstand: false }, DAY_BEFORE)).toEqual([]);
  });

  it('from that day a bijstand recipient, whose income the municipality knows, is told it may come unasked and to ask if nothing comes', () => {
    expect(reasons({ ontvangtBijstand: true }, IN_2027)).toEqual([{ key: `${AMBTSHALVE}.bijstand`, verdict: 'pass', params: { vanaf: { date: IN_2027 } } }]);
  });

  it('from that day someone without bijstand is told the municipality usually lacks the data, so to apply', () => {
    expect(reasons({ ontvangtBijstand: false }, IN_2027)).toEqual([{ key: `${AMBTSHALVE}.aanvragen`, verdict: 'pass', params: { vanaf: { date: IN_2027 } } }]);
  });

  it('it only informs: the verdict stays what the other conditions decide, before and after', () => {
    for (const peildatum of [DAY_BEFORE, IN_2027]) {
      expect(evaluateScheme(individueleInkomenstoeslag, alleenstaande(40, { laagInkomenSinds: 'lang', ontvangtBijstand: true }), peildatum).verdict).toBe('likely');
      expect(evaluateScheme(individueleInkomenstoeslag, alleenstaande(40, { laagInkomenSinds: 'kort', ontvangtBijstand: true }), peildatum).verdict).toBe('unlikely');
    }
  });
});

describe('art. 36 lid 1 en 2 PW: "geen uitzicht op inkomensverbetering" is weighed by the college, in any case the krachten en bekwaamheden (lid 2 a) and the inspanningen (lid 2 b)', () => {
  const COLLEGE = 'inkomensverbetering.reasons.college';
  const BEPERKING = 'inkomensverbetering.reasons.beperking';
  const IN_2026 = '2026-07-01';
  const IN_2027 = getNorm('vrijlatingArbeid.percentage', '2099-01-01').validFrom;
  const uitzicht = (changes: Parameters<typeof alleenstaande>[1], peildatum: string) => {
    const outcome = evaluateScheme(individueleInkomenstoeslag, alleenstaande(40, { laagInkomenSinds: 'lang', ...changes }), peildatum);
    return { verdict: outcome.verdict, reasons: outcome.reasons.filter((r) => r.key.startsWith('inkomensverbetering.')) };
  };

  it.each([IN_2026, IN_2027])('on %s, without a word about illness or disability, the verdict stays likely and the reason says the municipality weighs the prospect', (peildatum) => {
    for (const arbeidsbeperking of ['nee', null] as const) {
      expect(uitzicht({ arbeidsbeperking }, peildatum)).toEqual({ verdict: 'likely', reasons: [{ key: COLLEGE, verdict: 'pass', params: {} }] });
    }
  });

  it.each([IN_2026, IN_2027])('on %s, an illness or disability that limits the work (arbeidsbeperking "ja") counts among the krachten en bekwaamheden: the reason says so and what to bring', (peildatum) => {
    expect(uitzicht({ arbeidsbeperking: 'ja' }, peildatum)).toEqual({ verdict: 'likely', reasons: [{ key: BEPERKING, verdict: 'pass', params: {} }] });
  });

  it('an established medisch urenbeperkt (art. 6b PW) counts the same, also without the arbeidsbeperking answer', () => {
    expect(uitzicht({ arbeidsbeperking: null, medischUrenbeperkt: true }, IN_2026).reasons.map((r) => r.key)).toEqual([BEPERKING]);
    expect(uitzicht({ arbeidsbeperking: 'nee', medischUrenbeperkt: false }, IN_2026).reasons.map((r) => r.key)).toEqual([COLLEGE]);
  });

  it('it never turns a verdict: a short low income stays unlikely, an unknown one unknown, whatever the college weighs', () => {
    expect(uitzicht({ laagInkomenSinds: 'kort', arbeidsbeperking: 'ja' }, IN_2026).verdict).toBe('unlikely');
    expect(uitzicht({ laagInkomenSinds: null, arbeidsbeperking: 'ja' }, IN_2026).verdict).toBe('unknown');
  });
});
