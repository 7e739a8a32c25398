import { describe, expect, it } from 'vitest';
import { PEILDATUM, alleenstaande, titled } from '../../../tests/fixtures/rules';
import { gezinMetTweeKinderen } from '../../../tests/fixtures/households';
import { NormNotInForceError } from '../norms/getNorm';
import type { NormId } from '../norms/norms';
import { schemes } from '../schemes';
import { evaluate, evaluateScheme } from './evaluate';
import type { CheckVerdict, Condition, Fact, Scheme } from './types';

/** A condition that answers a fixed verdict, or null (does not apply). */
const vast = (verdict: CheckVerdict | null, options: { missing?: Fact[]; reads?: NormId } = {}): Condition => ({
  id: `vast.${verdict}`,
  sourceId: 'participatiewet.art11',
  check: (_, context) => {
    if (options.reads) context.norm(options.reads);
    if (verdict === null) return null;
    return { verdict, key: `test.${verdict}`, ...(options.missing ? { missing: options.missing } : {}) };
  },
});

const stub = (...conditions: Condition[]): Scheme => ({
  id: 'stub',
  kind: 'regeling',
  level: 'gemeente',
  sourceIds: ['participatiewet.art11'],
  conditions,
  toBring: [],
  applyAt: [],
});

const verdictOf = (...verdicts: (CheckVerdict | null)[]) => evaluateScheme(stub(...verdicts.map((v) => vast(v))), alleenstaande(), PEILDATUM).verdict;

describe('combining the checks of a scheme', () => {
  const combinations: { checks: (CheckVerdict | null)[]; verdict: string }[] = [
    { checks: ['pass', 'pass'], verdict: 'likely' },
    { checks: ['pass'], verdict: 'likely' },
    { checks: [], verdict: 'likely' },
    { checks: ['pass', 'unknown'], verdict: 'unknown' },
    { checks: ['unknown', 'unknown'], verdict: 'unknown' },
    { checks: ['pass', 'fail'], verdict: 'unlikely' },
    { checks: ['unknown', 'fail'], verdict: 'unlikely' },
    { checks: ['fail', 'unknown', 'pass'], verdict: 'unlikely' },
    { checks: [null, 'pass'], verdict: 'likely' },
    { checks: [null, 'unknown'], verdict: 'unknown' },
  ];
  const describeChecks = (checks: (CheckVerdict | null)[]) => (checks.length ? checks.map((c) => c ?? 'not applicable').join(' + ') : 'no checks');
  it.each(titled(combinations, (c) => `${describeChecks(c.checks)} make the scheme ${c.verdict}`))('%s', (_, { checks, verdict }) => {
    expect(verdictOf(...checks)).toBe(verdict);
  });

  it('a condition that returns null gives no reason', () => {
    const outcome = evaluateScheme(stub(vast('pass'), vast(null), vast('fail')), alleenstaande(), PEILDATUM);
    expect(outcome.reasons).toEqual([
      { key: 'test.pass', params: {}, verdict: 'pass' },
      { key: 'test.fail', params: {}, verdict: 'fail' },
    ]);
  });

  it('collects the missing facts of unknown checks once each, in order', () => {
    const outcome = evaluateScheme(
      stub(vast('unknown', { missing: ['vermogen'] }), vast('unknown', { missing: ['inkomen', 'vermogen'] }), vast('pass', { missing: ['huur'] })),
      alleenstaande(),
      PEILDATUM,
    );
    expect(outcome.missingFacts).toEqual(['vermogen', 'inkomen']);
  });

  it('lists each norm a check read once, with its value on the peildatum', () => {
    const scheme = stub(vast('pass', { reads: 'bijstandsnorm.alleenstaande' }), vast('pass', { reads: 'bijstandsnorm.alleenstaande' }));
    const outcome = evaluateScheme(scheme, alleenstaande(), PEILDATUM);
    expect(outcome.normsUsed).toEqual([
      { id: 'bijstandsnorm.alleenstaande', value: 141946, unit: 'eurocent/maand', validFrom: '2026-07-01', validTo: '2026-12-31', sourceId: 'participatiewet.art21', verified: true },
    ]);
  });

  it.each([
    ['a likely outcome that leans on an unverified figure is unverified', 'pass', true],
    ['an unknown outcome that leans on an unverified figure is unverified', 'unknown', true],
    ['an unlikely outcome is never marked unverified: "no" needs no caveat', 'fail', false],
  ] as const)('%s', (_, check, unverified) => {
    const scheme = stub(vast(check, { reads: 'collectieveZorgverzekering.inkomensgrens' }));
    expect(evaluateScheme(scheme, alleenstaande(), PEILDATUM).unverified).toBe(unverified);
  });

  it('only verified figures leave the outcome verified', () => {
    const scheme = stub(vast('pass', { reads: 'bijstandsnorm.alleenstaande' }));
    expect(evaluateScheme(scheme, alleenstaande(), PEILDATUM).unverified).toBe(false);
  });

  it('carries the scheme id, kind and peildatum', () => {
    expect(evaluateScheme(stub(), alleenstaande(), '2026-03-01')).toMatchObject({ schemeId: 'stub', kind: 'regeling', peildatum: '2026-03-01' });
  });
});

describe('evaluate', () => {
  it('returns one outcome per scheme, in the order of the schemes index', () => {
    const ids = evaluate(alleenstaande(), PEILDATUM).map((o) => o.schemeId);
    expect(ids).toEqual(schemes.map((s) => s.id));
    expect(ids).toEqual([
      'algemeneBijstand',
      'aio',
      'ioaw',
      'ioaz',
      'bbz',
      'zorgtoeslag',
      'huurtoeslag',
      'kindgebondenBudget',
      'kinderopvangtoeslag',
      'individueleInkomenstoeslag',
      'minimaregelingen',
      'kindpakket',
      'jeugdfonds',
      'studietoeslag',
      'kwijtschelding',
      'collectieveZorgverzekering',
      'bijzondereBijstand',
      'schuldhulpverlening',
      'vroegsignalering',
      'budgetcoaching',
      'budgetbeheer',
      'beslagvrijeVoet',
      'wsnp',
    ]);
  });

  it('evaluates only the schemes it is given', () => {
    expect(evaluate(alleenstaande(), PEILDATUM, [stub(vast('fail'))]).map((o) => o.verdict)).toEqual(['unlikely']);
  });

  it('refuses a peildatum on which the figures are no longer in force', () => {
    expect(() => evaluate(alleenstaande(), '2028-01-01')).toThrow(NormNotInForceError);
  });

  it('gives the family with two children at 115% of the couple norm these verdicts on 1 July 2026', () => {
    const verdicts = evaluate(gezinMetTweeKinderen, PEILDATUM).map((o) => `${o.schemeId}: ${o.verdict}`);
    expect(verdicts).toMatchInlineSnapshot(`
      [
        "algemeneBijstand: unlikely",
        "aio: unlikely",
        "ioaw: unlikely",
        "ioaz: unlikely",
        "bbz: unlikely",
        "zorgtoeslag: likely",
        "huurtoeslag: likely",
        "kindgebondenBudget: likely",
        "kinderopvangtoeslag: unlikely",
        "individueleInkomenstoeslag: unlikely",
        "minimaregelingen: unlikely",
        "kindpakket: unlikely",
        "jeugdfonds: likely",
        "studietoeslag: unlikely",
        "kwijtschelding: unknown",
        "collectieveZorgverzekering: likely",
        "bijzondereBijstand: unknown",
        "schuldhulpverlening: unlikely",
        "vroegsignalering: unlikely",
        "budgetcoaching: unlikely",
        "budgetbeheer: unlikely",
        "beslagvrijeVoet: unlikely",
        "wsnp: unlikely",
      ]
    `);
  });

  it('explains them with these reasons', () => {
    const outcomes = evaluate(gezinMetTweeKinderen, PEILDATUM).map((o) => ({
      scheme: o.schemeId,
      kind: o.kind,
      verdict: o.verdict,
      reasons: o.reasons.map((r) => `${r.verdict} ${r.key} ${JSON.stringify(r.params)}`),
      missingFacts: o.missingFacts,
      normsUsed: o.normsUsed.map((n) => `${n.id} = ${n.value} (${n.validFrom})`),
      unverified: o.unverified,
      peildatum: o.peildatum,
    }));
    expect(outcomes).toMatchInlineSnapshot(`
      [
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [
            "leeftijd.meerderjarig = 18 (2026-01-01)",
            "leeftijd.aow = 67 (2024-01-01)",
            "leeftijd.volwassenennorm = 21 (2026-01-01)",
            "bijstandsnorm.gehuwden = 202779 (2026-07-01)",
            "algemeneBijstand.inkomensgrens = 100 (2015-01-01)",
            "vermogensgrens.gezin = 1600000 (2026-01-01)",
          ],
          "peildatum": "2026-07-01",
          "reasons": [
            "pass reasons.minimumLeeftijd.pass {"leeftijd":38,"grens":18}",
            "pass reasons.onderAowLeeftijd.pass {"grens":67}",
            "pass reasons.studiefinanciering.pass {}",
            "fail reasons.inkomen.fail {"grens":{"money":202779},"percentage":{"percent":100},"norm":{"money":202779},"huishouden":{"term":"household.paarMetKinderen"},"personen":0,"geldigVanaf":{"date":"2026-07-01"},"inkomen":{"money":233196}}",
            "pass reasons.vermogen.pass {"vermogen":{"money":250000},"grens":{"money":1600000}}",
            "pass verblijfRegels.reasons.rechtmatig {}",
          ],
          "scheme": "algemeneBijstand",
          "unverified": false,
          "verdict": "unlikely",
        },
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [
            "leeftijd.aow = 67 (2024-01-01)",
            "leeftijd.meerderjarig = 18 (2026-01-01)",
            "leeftijd.volwassenennorm = 21 (2026-01-01)",
            "bijstandsnorm.gehuwden = 202779 (2026-07-01)",
            "algemeneBijstand.inkomensgrens = 100 (2015-01-01)",
            "vermogensgrens.gezin = 1600000 (2026-01-01)",
          ],
          "peildatum": "2026-07-01",
          "reasons": [
            "fail schemes.aio.reasons.aowLeeftijd.fail {"grens":67}",
            "fail reasons.inkomen.fail {"grens":{"money":202779},"percentage":{"percent":100},"norm":{"money":202779},"huishouden":{"term":"household.paarMetKinderen"},"personen":0,"geldigVanaf":{"date":"2026-07-01"},"inkomen":{"money":233196}}",
            "pass reasons.vermogen.pass {"vermogen":{"money":250000},"grens":{"money":1600000}}",
            "pass verblijfRegels.reasons.rechtmatig {}",
          ],
          "scheme": "aio",
          "unverified": false,
          "verdict": "unlikely",
        },
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [
            "ioaw.leeftijdWerkloos = 50 (2026-01-01)",
            "leeftijd.aow = 67 (2024-01-01)",
            "ioaw.geboortejaarVoor = 1965 (2026-01-01)",
            "leeftijd.meerderjarig = 18 (2026-01-01)",
            "leeftijd.volwassenennorm = 21 (2026-01-01)",
            "bijstandsnorm.gehuwden = 202779 (2026-07-01)",
            "ioaw.inkomensgrens = 100 (2026-01-01)",
          ],
          "peildatum": "2026-07-01",
          "reasons": [
            "fail reasons.minimumLeeftijd.fail {"leeftijd":38,"grens":50}",
            "pass reasons.aanvragerOnderAowLeeftijd.pass {"leeftijd":38,"grens":67}",
            "fail schemes.ioaw.reasons.werkloosNa50.fail {"leeftijd":50}",
            "fail schemes.ioaw.reasons.geboortejaar.fail {"jaar":1965}",
            "fail reasons.inkomen.fail {"grens":{"money":202779},"percentage":{"percent":100},"norm":{"money":202779},"huishouden":{"term":"household.paarMetKinderen"},"personen":0,"geldigVanaf":{"date":"2026-07-01"},"inkomen":{"money":233196}}",
            "pass verblijfRegels.reasons.rechtmatig {}",
          ],
          "scheme": "ioaw",
          "unverified": false,
          "verdict": "unlikely",
        },
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [
            "ioaz.minimumleeftijd = 55 (2026-01-01)",
            "leeftijd.aow = 67 (2024-01-01)",
            "ioaz.inkomensgrensVerleden = 3346700 (2026-01-01)",
            "ioaz.inkomensgrensToekomst = 3678000 (2026-07-01)",
            "ioaz.boekjaren = 3 (2026-01-01)",
            "ioaz.vrijgelatenVermogen = 17586400 (2026-01-01)",
          ],
          "peildatum": "2026-07-01",
          "reasons": [
            "fail reasons.ondernemer.fail {}",
            "fail reasons.minimumLeeftijd.fail {"leeftijd":38,"grens":55}",
            "pass reasons.aanvragerOnderAowLeeftijd.pass {"leeftijd":38,"grens":67}",
            "fail schemes.ioaz.reasons.stoptMetBedrijf.fail {}",
            "unknown schemes.ioaz.reasons.inkomenBedrijf {"grensVerleden":{"money":3346700},"grensToekomst":{"money":3678000},"jaren":3}",
            "pass schemes.ioaz.reasons.vermogen.pass {"vermogen":{"money":250000},"grens":{"money":17586400}}",
            "pass verblijfRegels.reasons.rechtmatig {}",
          ],
          "scheme": "ioaz",
          "unverified": false,
          "verdict": "unlikely",
        },
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [
            "leeftijd.meerderjarig = 18 (2026-01-01)",
            "leeftijd.aow = 67 (2024-01-01)",
            "leeftijd.volwassenennorm = 21 (2026-01-01)",
            "bijstandsnorm.gehuwden = 202779 (2026-07-01)",
            "bbz.inkomensgrens = 100 (2026-01-01)",
            "bbz.vermogensgrens = 25123300 (2026-01-01)",
            "bbz.vermogensgrensDeels = 5978200 (2026-01-01)",
          ],
          "peildatum": "2026-07-01",
          "reasons": [
            "fail reasons.ondernemer.fail {}",
            "pass reasons.minimumLeeftijd.pass {"leeftijd":38,"grens":18}",
            "pass reasons.aanvragerOnderAowLeeftijd.pass {"leeftijd":38,"grens":67}",
            "fail reasons.inkomen.fail {"grens":{"money":202779},"percentage":{"percent":100},"norm":{"money":202779},"huishouden":{"term":"household.paarMetKinderen"},"personen":0,"geldigVanaf":{"date":"2026-07-01"},"inkomen":{"money":233196}}",
            "pass schemes.bbz.reasons.vermogen.pass {"grens":{"money":25123300},"ondergrens":{"money":5978200},"vermogen":{"money":250000}}",
            "unknown schemes.bbz.reasons.levensvatbaar {}",
            "pass verblijfRegels.reasons.rechtmatig {}",
          ],
          "scheme": "bbz",
          "unverified": false,
          "verdict": "unlikely",
        },
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [
            "zorgtoeslag.minimumleeftijd = 18 (2026-01-01)",
            "zorgtoeslag.standaardpremie = 211900 (2026-01-01)",
            "zorgtoeslag.drempelinkomen = 2973600 (2026-01-01)",
            "zorgtoeslag.normpremie.partner = 4.289 (2026-01-01)",
            "zorgtoeslag.afbouw = 13.73 (2026-01-01)",
            "zorgtoeslag.maximumInkomen.partner = 5114200 (2026-01-01)",
            "zorgtoeslag.minimumBedrag = 2400 (2026-01-01)",
            "toeslagen.vermogensgrens.partner = 18463300 (2026-01-01)",
          ],
          "peildatum": "2026-07-01",
          "reasons": [
            "pass reasons.minimumLeeftijd.pass {"leeftijd":38,"grens":18}",
            "pass schemes.zorgtoeslag.reasons.inkomen.pass {"toetsingsinkomen":{"money":0},"grens":{"money":5114200}}",
            "pass reasons.vermogen.pass {"vermogen":{"money":250000},"grens":{"money":18463300}}",
            "pass verblijfRegels.reasons.rechtmatig {}",
          ],
          "scheme": "zorgtoeslag",
          "unverified": true,
          "verdict": "likely",
        },
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [
            "huurtoeslag.minimumleeftijd = 18 (2026-01-01)",
            "huurtoeslag.leeftijdVolledigeHuur = 21 (2026-01-01)",
            "huurtoeslag.maximaleHuurgrens = 93293 (2026-01-01)",
            "huurtoeslag.kwaliteitskortingsgrens = 49820 (2026-01-01)",
            "huurtoeslag.aftoppingsgrens.totPersonen = 2 (2026-01-01)",
            "huurtoeslag.aftoppingsgrens.drieOfMeer = 76414 (2026-01-01)",
            "huurtoeslag.basishuur.meerpersoons = 20071 (2026-01-01)",
            "huurtoeslag.inkomensijkpunt.meerpersoons = 3150000 (2026-01-01)",
            "huurtoeslag.afbouw.meerpersoons = 22 (2026-01-01)",
            "huurtoeslag.vergoeding.totKwaliteitskortingsgrens = 100 (2026-01-01)",
            "huurtoeslag.vergoeding.totAftoppingsgrens = 65 (2026-01-01)",
            "huurtoeslag.vergoeding.totHuurgrens = 40 (2026-01-01)",
            "huurtoeslag.vermogensgrens.partner = 7695800 (2026-01-01)",
          ],
          "peildatum": "2026-07-01",
          "reasons": [
            "pass reasons.minimumLeeftijd.pass {"leeftijd":38,"grens":18}",
            "pass schemes.huurtoeslag.reasons.huurwoning.pass {}",
            "pass schemes.huurtoeslag.reasons.inkomen.pass {"toetsingsinkomen":{"money":0},"grens":{"money":5832000}}",
            "pass reasons.vermogen.pass {"vermogen":{"money":250000},"grens":{"money":7695800}}",
            "pass verblijfRegels.reasons.rechtmatig {}",
          ],
          "scheme": "huurtoeslag",
          "unverified": true,
          "verdict": "likely",
        },
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [
            "kindgebondenBudget.perKind = 258000 (2026-01-01)",
            "kindgebondenBudget.leeftijdEersteVerhoging = 12 (2026-01-01)",
            "kindgebondenBudget.leeftijdTweedeVerhoging = 16 (2026-01-01)",
            "kindgebondenBudget.verhoging12tot15 = 72400 (2026-01-01)",
            "kindgebondenBudget.verhoging16en17 = 96400 (2026-01-01)",
            "kindgebondenBudget.drempel.partner = 3914100 (2026-01-01)",
            "kindgebondenBudget.afbouw = 7.6 (2026-01-01)",
            "toeslagen.vermogensgrens.partner = 18463300 (2026-01-01)",
          ],
          "peildatum": "2026-07-01",
          "reasons": [
            "pass schemes.kindgebondenBudget.reasons.kinderen.pass {"aantal":2}",
            "pass schemes.kindgebondenBudget.reasons.inkomen.pass {"toetsingsinkomen":{"money":0},"grens":{"money":10702922}}",
            "pass reasons.vermogen.pass {"vermogen":{"money":250000},"grens":{"money":18463300}}",
            "pass verblijfRegels.reasons.rechtmatig {}",
          ],
          "scheme": "kindgebondenBudget",
          "unverified": true,
          "verdict": "likely",
        },
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [],
          "peildatum": "2026-07-01",
          "reasons": [
            "fail schemes.kinderopvangtoeslag.reasons.kinderopvang.fail {}",
            "unknown schemes.kinderopvangtoeslag.reasons.werk.partner {}",
            "pass verblijfRegels.reasons.rechtmatig {}",
          ],
          "scheme": "kinderopvangtoeslag",
          "unverified": false,
          "verdict": "unlikely",
        },
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [
            "iit.minimumleeftijd = 21 (2015-01-01)",
            "leeftijd.aow = 67 (2024-01-01)",
            "leeftijd.meerderjarig = 18 (2026-01-01)",
            "leeftijd.volwassenennorm = 21 (2026-01-01)",
            "bijstandsnorm.gehuwden = 202779 (2026-07-01)",
            "iit.inkomensgrens = 110 (2015-01-01)",
            "iit.referteperiode = 36 (2015-01-01)",
            "vermogensgrens.gezin = 1600000 (2026-01-01)",
          ],
          "peildatum": "2026-07-01",
          "reasons": [
            "pass reasons.woonplaats.pass {}",
            "pass reasons.minimumLeeftijd.pass {"leeftijd":38,"grens":21}",
            "pass reasons.onderAowLeeftijd.pass {"grens":67}",
            "pass reasons.studiefinanciering.pass {}",
            "fail reasons.inkomen.fail {"grens":{"money":223057},"percentage":{"percent":110},"norm":{"money":202779},"huishouden":{"term":"household.paarMetKinderen"},"personen":0,"geldigVanaf":{"date":"2026-07-01"},"inkomen":{"money":233196}}",
            "fail schemes.individueleInkomenstoeslag.reasons.langdurigLaagInkomen.fail {"maanden":36}",
            "pass reasons.vermogenGemeente.pass {"vermogen":{"money":250000},"grens":{"money":1600000}}",
            "pass verblijfRegels.reasons.rechtmatig {}",
          ],
          "scheme": "individueleInkomenstoeslag",
          "unverified": false,
          "verdict": "unlikely",
        },
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [
            "leeftijd.meerderjarig = 18 (2026-01-01)",
            "leeftijd.aow = 67 (2024-01-01)",
            "leeftijd.volwassenennorm = 21 (2026-01-01)",
            "bijstandsnorm.gehuwden = 202779 (2026-07-01)",
            "minimaregelingen.inkomensgrens = 110 (2020-01-01)",
            "vermogensgrens.gezin = 1600000 (2026-01-01)",
          ],
          "peildatum": "2026-07-01",
          "reasons": [
            "pass reasons.woonplaats.pass {}",
            "pass reasons.minimumLeeftijd.pass {"leeftijd":38,"grens":18}",
            "pass reasons.studiefinanciering.pass {}",
            "fail reasons.inkomen.fail {"grens":{"money":223057},"percentage":{"percent":110},"norm":{"money":202779},"huishouden":{"term":"household.paarMetKinderen"},"personen":0,"geldigVanaf":{"date":"2026-07-01"},"inkomen":{"money":233196}}",
            "pass reasons.vermogenGemeente.pass {"vermogen":{"money":250000},"grens":{"money":1600000}}",
            "pass verblijfRegels.reasons.rechtmatig {}",
          ],
          "scheme": "minimaregelingen",
          "unverified": false,
          "verdict": "unlikely",
        },
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [
            "leeftijd.meerderjarig = 18 (2026-01-01)",
            "leeftijd.aow = 67 (2024-01-01)",
            "leeftijd.volwassenennorm = 21 (2026-01-01)",
            "bijstandsnorm.gehuwden = 202779 (2026-07-01)",
            "kindpakket.inkomensgrens = 110 (2023-06-01)",
          ],
          "peildatum": "2026-07-01",
          "reasons": [
            "pass reasons.woonplaats.pass {}",
            "pass schemes.kindpakket.reasons.kinderen.pass {"aantal":2}",
            "fail reasons.inkomen.fail {"grens":{"money":223057},"percentage":{"percent":110},"norm":{"money":202779},"huishouden":{"term":"household.paarMetKinderen"},"personen":0,"geldigVanaf":{"date":"2026-07-01"},"inkomen":{"money":233196}}",
            "pass verblijfRegels.reasons.rechtmatig {}",
          ],
          "scheme": "kindpakket",
          "unverified": false,
          "verdict": "unlikely",
        },
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [
            "leeftijd.meerderjarig = 18 (2026-01-01)",
            "leeftijd.aow = 67 (2024-01-01)",
            "leeftijd.volwassenennorm = 21 (2026-01-01)",
            "bijstandsnorm.gehuwden = 202779 (2026-07-01)",
            "jeugdfonds.inkomensgrens = 120 (2023-06-01)",
          ],
          "peildatum": "2026-07-01",
          "reasons": [
            "pass reasons.woonplaats.pass {}",
            "pass schemes.jeugdfonds.reasons.kinderen.pass {"aantal":2}",
            "pass reasons.inkomen.pass {"grens":{"money":243335},"percentage":{"percent":120},"norm":{"money":202779},"huishouden":{"term":"household.paarMetKinderen"},"personen":0,"geldigVanaf":{"date":"2026-07-01"},"inkomen":{"money":233196}}",
          ],
          "scheme": "jeugdfonds",
          "unverified": false,
          "verdict": "likely",
        },
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [],
          "peildatum": "2026-07-01",
          "reasons": [
            "pass reasons.woonplaats.pass {}",
            "fail schemes.studietoeslag.reasons.studiefinanciering.fail {}",
            "fail schemes.studietoeslag.reasons.studieBeperking.fail {}",
            "pass verblijfRegels.reasons.rechtmatig {}",
          ],
          "scheme": "studietoeslag",
          "unverified": false,
          "verdict": "unlikely",
        },
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [
            "leeftijd.meerderjarig = 18 (2026-01-01)",
            "leeftijd.aow = 67 (2024-01-01)",
            "leeftijd.volwassenennorm = 21 (2026-01-01)",
            "bijstandsnorm.gehuwden = 202779 (2026-07-01)",
            "kwijtschelding.kostenVanBestaan = 100 (2019-01-01)",
          ],
          "peildatum": "2026-07-01",
          "reasons": [
            "pass reasons.woonplaats.pass {}",
            "unknown schemes.kwijtschelding.reasons.betalingscapaciteit.unknown {"grens":{"money":202779},"percentage":{"percent":100},"huishouden":{"term":"household.paarMetKinderen"},"personen":0,"inkomen":{"money":233196}}",
            "unknown schemes.kwijtschelding.reasons.vermogen.unknown {"vermogen":{"money":250000},"grens":{"money":202779}}",
          ],
          "scheme": "kwijtschelding",
          "unverified": true,
          "verdict": "unknown",
        },
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [
            "leeftijd.meerderjarig = 18 (2026-01-01)",
            "leeftijd.aow = 67 (2024-01-01)",
            "leeftijd.volwassenennorm = 21 (2026-01-01)",
            "bijstandsnorm.gehuwden = 202779 (2026-07-01)",
            "collectieveZorgverzekering.inkomensgrens = 130 (2019-01-01)",
          ],
          "peildatum": "2026-07-01",
          "reasons": [
            "pass reasons.woonplaats.pass {}",
            "pass reasons.minimumLeeftijd.pass {"leeftijd":38,"grens":18}",
            "pass reasons.inkomen.pass {"grens":{"money":263613},"percentage":{"percent":130},"norm":{"money":202779},"huishouden":{"term":"household.paarMetKinderen"},"personen":0,"geldigVanaf":{"date":"2026-07-01"},"inkomen":{"money":233196}}",
            "pass verblijfRegels.reasons.rechtmatig {}",
          ],
          "scheme": "collectieveZorgverzekering",
          "unverified": true,
          "verdict": "likely",
        },
        {
          "kind": "regeling",
          "missingFacts": [],
          "normsUsed": [
            "leeftijd.meerderjarig = 18 (2026-01-01)",
            "leeftijd.aow = 67 (2024-01-01)",
            "leeftijd.volwassenennorm = 21 (2026-01-01)",
            "bijstandsnorm.gehuwden = 202779 (2026-07-01)",
            "bijzondereBijstand.inkomensgrens = 150 (2020-01-01)",
          ],
          "peildatum": "2026-07-01",
          "reasons": [
            "pass reasons.woonplaats.pass {}",
            "pass reasons.minimumLeeftijd.pass {"leeftijd":38,"grens":18}",
            "pass reasons.inkomen.pass {"grens":{"money":304169},"percentage":{"percent":150},"norm":{"money":202779},"huishouden":{"term":"household.paarMetKinderen"},"personen":0,"geldigVanaf":{"date":"2026-07-01"},"inkomen":{"money":233196}}",
            "unknown schemes.bijzondereBijstand.reasons.kosten {}",
            "pass verblijfRegels.reasons.rechtmatig {}",
          ],
          "scheme": "bijzondereBijstand",
          "unverified": false,
          "verdict": "unknown",
        },
        {
          "kind": "hulp",
          "missingFacts": [],
          "normsUsed": [],
          "peildatum": "2026-07-01",
          "reasons": [
            "pass reasons.woonplaats.pass {}",
            "fail schemes.schuldhulpverlening.reasons.geldzorgen.fail {}",
            "pass verblijfRegels.reasons.rechtmatig {}",
          ],
          "scheme": "schuldhulpverlening",
          "unverified": false,
          "verdict": "unlikely",
        },
        {
          "kind": "hulp",
          "missingFacts": [],
          "normsUsed": [],
          "peildatum": "2026-07-01",
          "reasons": [
            "pass reasons.woonplaats.pass {}",
            "fail schemes.vroegsignalering.reasons.betalingsachterstand.fail {}",
          ],
          "scheme": "vroegsignalering",
          "unverified": false,
          "verdict": "unlikely",
        },
        {
          "kind": "hulp",
          "missingFacts": [],
          "normsUsed": [],
          "peildatum": "2026-07-01",
          "reasons": [
            "pass reasons.woonplaats.pass {}",
            "fail schemes.budgetcoaching.reasons.hulpvraag.fail {}",
          ],
          "scheme": "budgetcoaching",
          "unverified": false,
          "verdict": "unlikely",
        },
        {
          "kind": "hulp",
          "missingFacts": [],
          "normsUsed": [],
          "peildatum": "2026-07-01",
          "reasons": [
            "pass reasons.woonplaats.pass {}",
            "fail schemes.budgetbeheer.reasons.geldzorgen.fail {}",
            "fail schemes.budgetbeheer.reasons.hulpvraag.fail {}",
            "unknown schemes.budgetbeheer.reasons.aanbod {}",
          ],
          "scheme": "budgetbeheer",
          "unverified": false,
          "verdict": "unlikely",
        },
        {
          "kind": "hulp",
          "missingFacts": [],
          "normsUsed": [],
          "peildatum": "2026-07-01",
          "reasons": [
            "fail schemes.beslagvrijeVoet.reasons.geldzorgen.fail {}",
          ],
          "scheme": "beslagvrijeVoet",
          "unverified": false,
          "verdict": "unlikely",
        },
        {
          "kind": "hulp",
          "missingFacts": [],
          "normsUsed": [
            "wsnp.looptijd = 18 (2023-07-01)",
          ],
          "peildatum": "2026-07-01",
          "reasons": [
            "fail schemes.wsnp.reasons.schulden.fail {}",
            "unknown schemes.wsnp.reasons.laatsteStap {"maanden":18}",
          ],
          "scheme": "wsnp",
          "unverified": false,
          "verdict": "unlikely",
        },
      ]
    `);
  });
});
