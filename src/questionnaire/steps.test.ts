import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { titled } from '../../tests/fixtures/rules';
import type { Answers } from './answers';
import { parseWholeNumber, type AmountError } from './parseAmount';
import {
  applicableSteps,
  asksKostendelers,
  asksLaagInkomenSinds,
  asksOndernemer,
  asksOndernemerBijInkomen,
  asksOndernemerVooraf,
  asksStoptMetBedrijf,
  asksToetsingsinkomen,
  asksWerkloosNa50,
  STEP_IDS,
  stepIndex,
  steps,
  type StepId,
} from './steps';

const PEILDATUM = '2026-07-01';

type Issue = { path: PropertyKey[]; message: string };

function step(id: StepId) {
  const found = steps.find((s) => s.id === id);
  if (!found) throw new Error(`No step ${id}`);
  return found;
}

/** The issues one step's schema reports for one input, as path and message key. */
function issues(id: StepId, input: unknown, answers: Answers = {}): Issue[] {
  const result = step(id).schema(answers, PEILDATUM).safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: [...i.path], message: i.message }));
}

/** A working-age applicant: the inkomen step then also asks how long the income has been low. */
const volwassene: Answers = { leeftijd: '45' };

/** One valid input per step, as the form hands it over. */
const valid: Record<StepId, Record<string, unknown>> = {
  woonplaats: { woonplaats: 'heemskerk' },
  huishouden: { leefvorm: 'alleen', leeftijd: '45' },
  verblijf: { verblijfsstatus: 'nederlands' },
  kinderen: { aantalKinderen: '2', kinderLeeftijden: ['7', '10'], kinderopvang: 'nee' },
  medebewoners: { kostendelers: '0' },
  werkEnStudie: { ondernemer: 'nee', studiefinanciering: 'nee' },
  inkomen: { inkomstenbronnen: ['werk'], inkomen: { werk: '1.250,00' }, inkomenOnbekend: {}, toetsingsinkomen: '21.000', laagInkomenSinds: 'kort' },
  vermogen: { vermogen: '1.200', vermogenOnbekend: false },
  wonen: { woonsituatie: 'huur', huur: '650', huurOnbekend: false },
  geldzaken: {
    betalingsachterstanden: 'nee',
    schulden: 'zegIkLiever',
    wilHulpBijGeldzaken: 'ja',
    deurwaarder: 'nee',
    dreigtOntruimingOfAfsluiting: 'zegIkLiever',
    geldVoorEten: 'ja',
    inkomenLagerDanVasteLasten: 'weetNiet',
  },
  ontvangtAl: { ontvangtAl: ['zorgtoeslag'] },
};

const withChanges = (id: StepId, changes: Record<string, unknown>) => ({ ...valid[id], ...changes });

type Rejection = { name: string; step: StepId; input: Record<string, unknown>; answers?: Answers; expected: Issue[] };

const rejections: Rejection[] = [
  // huishouden
  { name: 'an age of 200', step: 'huishouden', input: withChanges('huishouden', { leeftijd: '200' }), expected: [{ path: ['leeftijd'], message: 'errors.age' }] },
  { name: 'an age of 10', step: 'huishouden', input: withChanges('huishouden', { leeftijd: '10' }), expected: [{ path: ['leeftijd'], message: 'errors.ageTooLow' }] },
  { name: 'an age in words', step: 'huishouden', input: withChanges('huishouden', { leeftijd: 'veertig' }), expected: [{ path: ['leeftijd'], message: 'formDetails.ageNumber' }] },
  { name: 'an age with decimals', step: 'huishouden', input: withChanges('huishouden', { leeftijd: '45,5' }), expected: [{ path: ['leeftijd'], message: 'errors.wholeYears' }] },
  { name: 'an empty age', step: 'huishouden', input: withChanges('huishouden', { leeftijd: '' }), expected: [{ path: ['leeftijd'], message: 'errors.required' }] },
  { name: 'a negative age', step: 'huishouden', input: withChanges('huishouden', { leeftijd: '-45' }), expected: [{ path: ['leeftijd'], message: 'errors.notNegative' }] },
  { name: 'no answer to living alone or together', step: 'huishouden', input: withChanges('huishouden', { leefvorm: undefined }), expected: [{ path: ['leefvorm'], message: 'errors.choose' }] },
  { name: 'a couple without the partner\'s age', step: 'huishouden', input: withChanges('huishouden', { leefvorm: 'samen' }), expected: [{ path: ['partnerLeeftijd'], message: 'errors.required' }] },
  { name: 'a couple with an empty partner\'s age', step: 'huishouden', input: withChanges('huishouden', { leefvorm: 'samen', partnerLeeftijd: '' }), expected: [{ path: ['partnerLeeftijd'], message: 'errors.required' }] },
  { name: 'a partner aged 200', step: 'huishouden', input: withChanges('huishouden', { leefvorm: 'samen', partnerLeeftijd: '200' }), expected: [{ path: ['partnerLeeftijd'], message: 'errors.age' }] },
  { name: 'a partner\'s age in words', step: 'huishouden', input: withChanges('huishouden', { leefvorm: 'samen', partnerLeeftijd: 'veertig' }), expected: [{ path: ['partnerLeeftijd'], message: 'formDetails.ageNumber' }] },
  // kinderen
  { name: 'a child aged 18', step: 'kinderen', input: { aantalKinderen: '1', kinderLeeftijden: ['18'], kinderopvang: 'nee' }, expected: [{ path: ['kinderLeeftijden', 0], message: 'errors.childAge' }] },
  { name: 'two children with only the first age filled in', step: 'kinderen', input: { aantalKinderen: '2', kinderLeeftijden: ['7'], kinderopvang: 'nee' }, expected: [{ path: ['kinderLeeftijden', 1], message: 'errors.required' }] },
  { name: 'a child\'s age in words', step: 'kinderen', input: { aantalKinderen: '1', kinderLeeftijden: ['zeven'], kinderopvang: 'nee' }, expected: [{ path: ['kinderLeeftijden', 0], message: 'formDetails.wholeNumber' }] },
  { name: 'children without an answer about childcare', step: 'kinderen', input: withChanges('kinderen', { kinderopvang: undefined }), expected: [{ path: ['kinderopvang'], message: 'errors.choose' }] },
  { name: 'a number of children in words', step: 'kinderen', input: { aantalKinderen: 'twee' }, expected: [{ path: ['aantalKinderen'], message: 'formDetails.wholeNumber' }] },
  { name: 'a negative number of children', step: 'kinderen', input: { aantalKinderen: '-1' }, expected: [{ path: ['aantalKinderen'], message: 'errors.notNegative' }] },
  { name: 'eleven children', step: 'kinderen', input: { aantalKinderen: '11', kinderLeeftijden: Array<string>(11).fill('5'), kinderopvang: 'nee' }, expected: [{ path: ['aantalKinderen'], message: 'errors.tooMany' }] },
  { name: 'an empty number of children', step: 'kinderen', input: { aantalKinderen: '' }, expected: [{ path: ['aantalKinderen'], message: 'errors.required' }] },
  // medebewoners
  { name: '21 cost sharers', step: 'medebewoners', input: { kostendelers: '21' }, expected: [{ path: ['kostendelers'], message: 'errors.tooMany' }] },
  { name: 'an empty number of cost sharers', step: 'medebewoners', input: { kostendelers: '' }, expected: [{ path: ['kostendelers'], message: 'errors.required' }] },
  { name: 'a number of cost sharers in words', step: 'medebewoners', input: { kostendelers: 'twee' }, expected: [{ path: ['kostendelers'], message: 'formDetails.wholeNumber' }] },
  // werkEnStudie
  { name: 'no answer about being self-employed', step: 'werkEnStudie', input: withChanges('werkEnStudie', { ondernemer: undefined }), expected: [{ path: ['ondernemer'], message: 'errors.choose' }] },
  { name: 'no answer about student finance', step: 'werkEnStudie', input: withChanges('werkEnStudie', { studiefinanciering: null }), expected: [{ path: ['studiefinanciering'], message: 'errors.choose' }] },
  { name: 'a 30-year-old without an answer about student finance', step: 'werkEnStudie', answers: { leeftijd: '30' }, input: withChanges('werkEnStudie', { studiefinanciering: undefined }), expected: [{ path: ['studiefinanciering'], message: 'errors.choose' }] },
  { name: 'a 68-year-old, not asked about student finance, without an answer to it', step: 'werkEnStudie', answers: { leeftijd: '68' }, input: withChanges('werkEnStudie', { studiefinanciering: undefined }), expected: [] },
  { name: 'a 55-year-old employee without saying whether they lost a job after 50', step: 'werkEnStudie', answers: { leeftijd: '55' }, input: valid.werkEnStudie, expected: [{ path: ['werkloosNa50'], message: 'errors.choose' }] },
  {
    name: 'a self-employed 60-year-old without saying whether they will stop the business',
    step: 'werkEnStudie',
    answers: { leeftijd: '60' },
    input: withChanges('werkEnStudie', { ondernemer: 'ja' }),
    expected: [{ path: ['stoptMetBedrijf'], message: 'errors.choose' }],
  },
  {
    name: 'a student without saying whether an illness or disability stops them working',
    step: 'werkEnStudie',
    answers: volwassene,
    input: withChanges('werkEnStudie', { studiefinanciering: 'ja' }),
    expected: [{ path: ['studieBeperking'], message: 'errors.choose' }],
  },
  // inkomen
  { name: 'a negative income from work', step: 'inkomen', answers: volwassene, input: withChanges('inkomen', { inkomen: { werk: '-100' } }), expected: [{ path: ['inkomen', 'werk'], message: 'errors.notNegative' }] },
  { name: 'an income in words', step: 'inkomen', answers: volwassene, input: withChanges('inkomen', { inkomen: { werk: 'veertig' } }), expected: [{ path: ['inkomen', 'werk'], message: 'errors.number' }] },
  { name: 'an income above a million euro', step: 'inkomen', answers: volwassene, input: withChanges('inkomen', { inkomen: { werk: '99999999' } }), expected: [{ path: ['inkomen', 'werk'], message: 'errors.tooLarge' }] },
  { name: 'an empty income from work', step: 'inkomen', answers: volwassene, input: withChanges('inkomen', { inkomen: { werk: '' } }), expected: [{ path: ['inkomen', 'werk'], message: 'errors.required' }] },
  { name: 'a chosen income source without an amount', step: 'inkomen', answers: volwassene, input: withChanges('inkomen', { inkomen: {} }), expected: [{ path: ['inkomen', 'werk'], message: 'errors.required' }] },
  { name: 'an income without the gross yearly income', step: 'inkomen', answers: volwassene, input: withChanges('inkomen', { toetsingsinkomen: '' }), expected: [{ path: ['toetsingsinkomen'], message: 'errors.required' }] },
  { name: 'a gross yearly income in words', step: 'inkomen', answers: volwassene, input: withChanges('inkomen', { toetsingsinkomen: 'twintigduizend' }), expected: [{ path: ['toetsingsinkomen'], message: 'errors.number' }] },
  { name: 'no income source chosen', step: 'inkomen', answers: volwassene, input: withChanges('inkomen', { inkomstenbronnen: [] }), expected: [{ path: ['inkomstenbronnen'], message: 'errors.chooseOne' }] },
  {
    name: 'a benefit without saying whether it is bijstand',
    step: 'inkomen',
    answers: volwassene,
    input: withChanges('inkomen', { inkomstenbronnen: ['uitkering'], inkomen: { uitkering: '1.419,46' } }),
    expected: [{ path: ['ontvangtBijstand'], message: 'errors.choose' }],
  },
  { name: 'a working-age adult without saying how long the income has been low', step: 'inkomen', answers: volwassene, input: withChanges('inkomen', { laagInkomenSinds: undefined }), expected: [{ path: ['laagInkomenSinds'], message: 'errors.choose' }] },
  { name: 'an answer to how long that is not an option', step: 'inkomen', answers: volwassene, input: withChanges('inkomen', { laagInkomenSinds: 'altijd' }), expected: [{ path: ['laagInkomenSinds'], message: 'errors.choose' }] },
  // vermogen
  { name: 'empty assets without "weet ik niet"', step: 'vermogen', input: { vermogen: '' }, expected: [{ path: ['vermogen'], message: 'errors.required' }] },
  { name: 'negative assets', step: 'vermogen', input: { vermogen: '-1.000' }, expected: [{ path: ['vermogen'], message: 'errors.notNegative' }] },
  { name: 'assets in words', step: 'vermogen', input: { vermogen: 'veel' }, expected: [{ path: ['vermogen'], message: 'errors.number' }] },
  // wonen
  { name: 'no answer about housing', step: 'wonen', input: {}, expected: [{ path: ['woonsituatie'], message: 'errors.choose' }] },
  { name: 'a tenant without the rent', step: 'wonen', input: { woonsituatie: 'huur' }, expected: [{ path: ['huur'], message: 'errors.required' }] },
  { name: 'a rent in words', step: 'wonen', input: withChanges('wonen', { huur: 'zeshonderd' }), expected: [{ path: ['huur'], message: 'errors.number' }] },
  // woonplaats and geldzaken
  { name: 'no answer about the place of residence', step: 'woonplaats', input: {}, expected: [{ path: ['woonplaats'], message: 'errors.choose' }] },
  { name: 'a place of residence that is not an option', step: 'woonplaats', input: { woonplaats: 'haarlem' }, expected: [{ path: ['woonplaats'], message: 'errors.choose' }] },
  {
    name: 'no answers about money trouble',
    step: 'geldzaken',
    input: { betalingsachterstanden: null },
    expected: [
      { path: ['betalingsachterstanden'], message: 'errors.choose' },
      { path: ['schulden'], message: 'errors.choose' },
      { path: ['deurwaarder'], message: 'errors.choose' },
      { path: ['dreigtOntruimingOfAfsluiting'], message: 'errors.choose' },
      { path: ['geldVoorEten'], message: 'errors.choose' },
      { path: ['inkomenLagerDanVasteLasten'], message: 'errors.choose' },
      { path: ['wilHulpBijGeldzaken'], message: 'errors.choose' },
    ],
  },
  {
    name: 'debts without saying whether they can be paid off in time',
    step: 'geldzaken',
    input: withChanges('geldzaken', { schulden: 'ja' }),
    expected: [{ path: ['afbetaalbaarBinnenTermijn'], message: 'errors.choose' }],
  },
];

describe('step schemas', () => {
  it('cover every step in STEP_IDS, in that order', () => {
    expect(steps.map((s) => s.id)).toEqual([...STEP_IDS]);
  });

  it.each(STEP_IDS.map((id) => [id] as const))('the %s step accepts a complete, valid answer', (id) => {
    expect(issues(id, valid[id], volwassene)).toEqual([]);
  });

  it.each(titled(rejections, (r) => `the ${r.step} step rejects ${r.name} with ${r.expected.map((e) => `${e.message} at ${e.path.join('.')}`).join(', ')}`))(
    '%s',
    (_, r) => {
      expect(issues(r.step, r.input, r.answers)).toEqual(r.expected);
    },
  );

  describe('"weet ik niet" and situations that need no amount', () => {
    it('an empty income from work passes when "weet ik niet" is ticked for work', () => {
      expect(issues('inkomen', withChanges('inkomen', { inkomen: { werk: '' }, inkomenOnbekend: { werk: true } }), volwassene)).toEqual([]);
    });

    it('"weet ik niet" for one source does not excuse a missing amount for another', () => {
      const input = withChanges('inkomen', { inkomstenbronnen: ['werk', 'pensioen'], inkomen: {}, inkomenOnbekend: { werk: true } });
      expect(issues('inkomen', input, volwassene)).toEqual([{ path: ['inkomen', 'pensioen'], message: 'errors.required' }]);
    });

    it('an amount for a source that was not chosen is not checked', () => {
      expect(issues('inkomen', withChanges('inkomen', { inkomen: { werk: '1.250', overig: 'abc' } }), volwassene)).toEqual([]);
    });

    it('"geen inkomen" as the only source needs no amount and no gross yearly income', () => {
      expect(issues('inkomen', withChanges('inkomen', { inkomstenbronnen: ['geen'], inkomen: {}, toetsingsinkomen: '' }), volwassene)).toEqual([]);
      expect(asksToetsingsinkomen({ inkomstenbronnen: ['geen'] })).toBe(false);
    });

    it('an empty gross yearly income passes when "weet ik niet" is ticked for it', () => {
      expect(issues('inkomen', withChanges('inkomen', { toetsingsinkomen: '', toetsingsinkomenOnbekend: true }), volwassene)).toEqual([]);
    });

    it('a benefit that is bijstand, with its amount, passes', () => {
      const input = withChanges('inkomen', { inkomstenbronnen: ['uitkering'], inkomen: { uitkering: '1.419,46' }, ontvangtBijstand: 'ja' });
      expect(issues('inkomen', input, volwassene)).toEqual([]);
    });

    it('empty assets pass when "weet ik niet" is ticked', () => {
      expect(issues('vermogen', { vermogen: '', vermogenOnbekend: true })).toEqual([]);
    });

    it('an empty rent passes when "weet ik niet" is ticked', () => {
      expect(issues('wonen', { woonsituatie: 'huur', huur: '', huurOnbekend: true })).toEqual([]);
    });

    it('a home owner is not asked for the rent', () => {
      expect(issues('wonen', { woonsituatie: 'koop' })).toEqual([]);
    });

    it('someone living alone is not asked for a partner\'s age', () => {
      expect(issues('huishouden', { leefvorm: 'alleen', leeftijd: '45', partnerLeeftijd: '' })).toEqual([]);
    });

    it('no children need no ages and no answer about childcare', () => {
      expect(issues('kinderen', { aantalKinderen: '0' })).toEqual([]);
    });

    it('a 45-year-old employee is not asked about losing a job after 50', () => {
      expect(asksWerkloosNa50({ leeftijd: '45', ondernemer: 'nee' }, PEILDATUM)).toBe(false);
      expect(issues('werkEnStudie', valid.werkEnStudie, { leeftijd: '45' })).toEqual([]);
    });

    it('a self-employed person is not asked about losing a job after 50', () => {
      expect(asksWerkloosNa50({ leeftijd: '55', ondernemer: 'ja' }, PEILDATUM)).toBe(false);
    });

    it('a self-employed 54-year-old is not asked about stopping the business', () => {
      expect(asksStoptMetBedrijf({ leeftijd: '54', ondernemer: 'ja' }, PEILDATUM)).toBe(false);
      expect(issues('werkEnStudie', withChanges('werkEnStudie', { ondernemer: 'ja' }), { leeftijd: '54' })).toEqual([]);
    });

    it('someone without student finance is not asked about a study limitation', () => {
      expect(issues('werkEnStudie', withChanges('werkEnStudie', { studieBeperking: null }), volwassene)).toEqual([]);
    });

    it('the ages of 0 and 17 are accepted for children', () => {
      expect(issues('kinderen', { aantalKinderen: '2', kinderLeeftijden: ['0', '17'], kinderopvang: 'ja' })).toEqual([]);
    });
  });

  describe('how long the income has been low (laagInkomenSinds)', () => {
    // The business question is answered: from AOW age it is asked here, about the work income.
    const zonderAntwoord = withChanges('inkomen', { laagInkomenSinds: undefined, ondernemer: 'nee' });
    const cases: [string, string, boolean][] = [
      ['16', 'a 16-year-old', false],
      ['20', 'a 20-year-old', false],
      ['21', 'a 21-year-old', true],
      ['45', 'a 45-year-old', true],
      ['66', 'a 66-year-old', true],
      ['67', 'a 67-year-old (AOW age)', false],
      ['90', 'a 90-year-old', false],
      ['', 'someone whose age is not known yet', true],
    ];
    it.each(cases.map(([leeftijd, wie, asked]) => [`${wie} is ${asked ? '' : 'not '}required to answer it`, leeftijd, asked] as const))(
      '%s',
      (_, leeftijd, asked) => {
        expect(asksLaagInkomenSinds({ leeftijd }, PEILDATUM)).toBe(asked);
        expect(issues('inkomen', zonderAntwoord, { leeftijd })).toEqual(asked ? [{ path: ['laagInkomenSinds'], message: 'errors.choose' }] : []);
      },
    );
  });
});

describe('the business question (ondernemer) is asked only where a rule needs it (nodigOndernemer; Bbz 2004 art. 1 b)', () => {
  const ids = (answers: Answers) => applicableSteps(answers, PEILDATUM).map((s) => s.id);
  const zonderWerk = { inkomstenbronnen: ['pensioen'], inkomen: { pensioen: '1.450' }, inkomenOnbekend: {}, toetsingsinkomen: '21.000' };
  const metWerk = { inkomstenbronnen: ['pensioen', 'werk'], inkomen: { pensioen: '1.450', werk: '300' }, inkomenOnbekend: {}, toetsingsinkomen: '25.000' };

  it.each([
    ['66', true],
    ['', true],
  ])('age "%s" (below AOW age or not known): asked with work and study, whatever the income', (leeftijd) => {
    expect(asksOndernemerVooraf({ leeftijd }, PEILDATUM)).toBe(true);
    expect(ids({ leeftijd })).toContain('werkEnStudie');
    expect(issues('werkEnStudie', withChanges('werkEnStudie', { ondernemer: undefined }), { leeftijd })).toEqual([{ path: ['ondernemer'], message: 'errors.choose' }]);
    // Asked once: the income step does not ask it again.
    expect(asksOndernemerBijInkomen({ leeftijd, ...metWerk } as Answers, PEILDATUM)).toBe(false);
    expect(issues('inkomen', { ...metWerk, laagInkomenSinds: 'kort' }, { leeftijd })).toEqual([]);
  });

  it.each(['67', '68', '90'])('at %s (AOW age) there is no "work and study" step', (leeftijd) => {
    expect(asksOndernemerVooraf({ leeftijd }, PEILDATUM)).toBe(false);
    expect(ids({ leeftijd })).not.toContain('werkEnStudie');
    expect(ids({ leeftijd, leefvorm: 'samen', partnerLeeftijd: '40' })).not.toContain('werkEnStudie');
  });

  it('at 68 with a pension only it is not asked at all', () => {
    const answers = { leeftijd: '68', ...zonderWerk } as Answers;
    expect(asksOndernemer(answers, PEILDATUM)).toBe(false);
    expect(asksOndernemerBijInkomen(answers, PEILDATUM)).toBe(false);
    expect(issues('inkomen', zonderWerk, { leeftijd: '68' })).toEqual([]);
  });

  it('at 68 with work income it is asked in the income step, and required there', () => {
    expect(asksOndernemerBijInkomen({ leeftijd: '68', ...metWerk } as Answers, PEILDATUM)).toBe(true);
    expect(issues('inkomen', metWerk, { leeftijd: '68' })).toEqual([{ path: ['ondernemer'], message: 'errors.choose' }]);
    expect(issues('inkomen', { ...metWerk, ondernemer: 'ja' }, { leeftijd: '68' })).toEqual([]);
  });

  it('at 68 with work income of an unknown amount it is asked too: the income may be profit', () => {
    const onbekend = { ...metWerk, inkomen: { pensioen: '1.450' }, inkomenOnbekend: { werk: true } };
    expect(issues('inkomen', onbekend, { leeftijd: '68' })).toEqual([{ path: ['ondernemer'], message: 'errors.choose' }]);
  });

  it('at 68, before any income source is ticked, the income screen does not show it yet', () => {
    expect(asksOndernemerBijInkomen({ leeftijd: '68', inkomstenbronnen: [] }, PEILDATUM)).toBe(false);
  });

  it('at 68 the optional question about an illness or disability moves into the income step with it', () => {
    const shape = (leeftijd: string) => Object.keys((step('inkomen').schema({ leeftijd }, PEILDATUM) as unknown as { def: { shape: object } }).def.shape);
    expect(shape('68')).toEqual(expect.arrayContaining(['ondernemer', 'arbeidsbeperking']));
    expect(shape('45')).not.toContain('arbeidsbeperking');
    expect(shape('45')).not.toContain('ondernemer');
  });
});

describe('stepIndex: where a saved step is shown', () => {
  const ids = (answers: Answers) => applicableSteps(answers, PEILDATUM).map((s) => s.id);
  it('a step that applies is shown itself', () => {
    expect(ids({ leeftijd: '45' })[stepIndex({ leeftijd: '45' }, PEILDATUM, 'check', 'werkEnStudie')]).toBe('werkEnStudie');
  });
  it('a pensioner\'s "work and study" step from an earlier version goes on with the income step, not back to the start', () => {
    expect(ids({ leeftijd: '68' })[stepIndex({ leeftijd: '68' }, PEILDATUM, 'check', 'werkEnStudie')]).toBe('inkomen');
  });
  it('no step, or one this version does not know, starts at the first', () => {
    expect(stepIndex({}, PEILDATUM, 'check', undefined)).toBe(0);
    expect(stepIndex({}, PEILDATUM, 'check', 'onbekend')).toBe(0);
  });
});

describe('applicableSteps', () => {
  const zonder = (id: StepId) => STEP_IDS.filter((s) => s !== id);
  const ids = (answers: Answers) => applicableSteps(answers, PEILDATUM).map((s) => s.id);

  it('a 19-year-old skips the medebewoners step', () => {
    expect(ids({ leeftijd: '19' })).toEqual(zonder('medebewoners'));
  });

  it('a 20-year-old skips the medebewoners step, as the kostendelersnorm starts at 21', () => {
    expect(ids({ leeftijd: '20' })).toEqual(zonder('medebewoners'));
    expect(asksKostendelers({ leeftijd: '20' }, PEILDATUM)).toBe(false);
  });

  it('a 21-year-old gets every step', () => {
    expect(ids({ leeftijd: '21' })).toEqual([...STEP_IDS]);
  });

  it('before the age is known every step is included', () => {
    expect(ids({})).toEqual([...STEP_IDS]);
  });
});

describe('error message keys', () => {
  const locale = (language: string): unknown =>
    JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', language, 'translation.json'), 'utf8'));

  /** The text at a dotted key such as "errors.required", or undefined when there is none. */
  const resolve = (tree: unknown, key: string): unknown =>
    key.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);

  // A Record makes the compiler insist on exactly the members of each error type.
  const amountErrors: Record<AmountError, true> = {
    'errors.required': true,
    'errors.number': true,
    'errors.notNegative': true,
    'errors.tooLarge': true,
  };
  type WholeNumberError = Extract<ReturnType<typeof parseWholeNumber>, { ok: false }>['error'];
  const wholeNumberErrors: Record<WholeNumberError, true> = {
    'errors.required': true,
    'errors.number': true,
    'errors.notNegative': true,
    'errors.wholeYears': true,
  };

  const triggered = rejections.flatMap((r) => issues(r.step, r.input, r.answers).map((i) => i.message));
  const keys = [...new Set([...triggered, ...Object.keys(amountErrors), ...Object.keys(wholeNumberErrors)])].sort();

  it('the rejections above produce every key the parsers declare, and every range key of the steps', () => {
    expect(triggered).toEqual(expect.arrayContaining([...Object.keys(amountErrors), ...Object.keys(wholeNumberErrors)]));
    expect(keys).toEqual(expect.arrayContaining(['formDetails.ageNumber', 'formDetails.wholeNumber', 'errors.age', 'errors.ageTooLow', 'errors.childAge', 'errors.choose', 'errors.chooseOne', 'errors.tooMany']));
  });

  describe.each(['nl', 'en'])('in %s', (language) => {
    const translations = locale(language);
    it.each(keys.map((key) => [key]))('the key %s has a non-empty translation', (key) => {
      const text = resolve(translations, key);
      expect(typeof text, `${language}: ${key}`).toBe('string');
      expect((text as string).trim()).not.toBe('');
    });
  });
});
