import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerSummary } from './answerSummary';
import { optionLabelKeys } from './optionLabels';
import type { Answers } from './answers';
import { applicableSteps, firstIncompleteStep, steps } from './steps';

const PEILDATUM = '2026-07-01';

/** A couple with two children, a job and a benefit, renting: nearly every question is asked. */
const COUPLE: Answers = {
  woonplaats: 'heemskerk',
  leefvorm: 'samen',
  leeftijd: '56',
  partnerLeeftijd: '54',
  verblijfsstatus: 'nederlands',
  partnerVerblijfsstatus: 'nederlands',
  aantalKinderen: '2',
  kinderLeeftijden: ['7', '10'],
  kinderopvang: 'nee',
  kostendelers: '0',
  ondernemer: 'nee',
  werkloosNa50: 'nee',
  studiefinanciering: 'nee',
  inkomstenbronnen: ['werk', 'uitkering'],
  inkomen: { werk: '1.000', uitkering: '' },
  inkomenOnbekend: { uitkering: true },
  toetsingsinkomen: '24.000',
  ontvangtBijstand: 'nee',
  laagInkomenSinds: 'lang',
  vermogen: '',
  vermogenOnbekend: true,
  woonsituatie: 'huur',
  huur: '650',
  betalingsachterstanden: 'ja',
  achterstandOp: ['huur'],
  schulden: 'zegIkLiever',
  deurwaarder: 'nee',
  dreigtOntruimingOfAfsluiting: 'nee',
  geldVoorEten: 'ja',
  inkomenLagerDanVasteLasten: 'weetNiet',
  wilHulpBijGeldzaken: 'ja',
  ontvangtAl: ['geen'],
};

const rowsOf = (answers: Answers) => answerSummary(answers, PEILDATUM).flatMap((step) => step.rows);
const row = (answers: Answers, name: string) => rowsOf(answers).find((r) => r.name === name);

describe('check your answers', () => {
  it('the fixture is a complete check, so the list shows what the inhabitant would confirm', () => {
    expect(firstIncompleteStep(COUPLE, PEILDATUM)).toBeUndefined();
  });

  it('lists every applicable step, in the order of the questionnaire', () => {
    expect(answerSummary(COUPLE, PEILDATUM).map((s) => s.stepId)).toEqual(applicableSteps(COUPLE, PEILDATUM).map((s) => s.id));
  });

  it('lists every answered question once, follow-up questions included', () => {
    const names = rowsOf(COUPLE).map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'woonplaats', 'leefvorm', 'leeftijd', 'partnerLeeftijd', 'aantalKinderen', 'kinderLeeftijden.0', 'kinderLeeftijden.1', 'kinderopvang',
        'kostendelers', 'ondernemer', 'werkloosNa50', 'studiefinanciering', 'inkomstenbronnen', 'inkomen.werk', 'inkomen.uitkering',
        'toetsingsinkomen', 'ontvangtBijstand', 'laagInkomenSinds', 'vermogen', 'woonsituatie', 'huur', 'betalingsachterstanden',
        'achterstandOp', 'schulden', 'deurwaarder', 'dreigtOntruimingOfAfsluiting', 'geldVoorEten', 'inkomenLagerDanVasteLasten', 'wilHulpBijGeldzaken',
      ]),
    );
  });

  describe('a pensioner (AOW age): the business question only with work income, in the income step', () => {
    const PENSIONER: Answers = {
      ...COUPLE,
      leefvorm: 'alleen',
      leeftijd: '68',
      partnerLeeftijd: undefined,
      partnerVerblijfsstatus: undefined,
      aantalKinderen: '0',
      kinderLeeftijden: [],
      ondernemer: undefined,
      werkloosNa50: undefined,
      studiefinanciering: undefined,
      arbeidsbeperking: 'nee',
      inkomstenbronnen: ['pensioen'],
      inkomen: { pensioen: '1.450' },
      inkomenOnbekend: {},
      ontvangtBijstand: undefined,
      laagInkomenSinds: undefined,
    };
    const stepOf = (answers: Answers, name: string) => answerSummary(answers, PEILDATUM).find((s) => s.rows.some((r) => r.name === name))?.stepId;

    it('without work income: no "work and study" step and no business row', () => {
      expect(firstIncompleteStep(PENSIONER, PEILDATUM)).toBeUndefined();
      expect(answerSummary(PENSIONER, PEILDATUM).map((s) => s.stepId)).not.toContain('werkEnStudie');
      expect(row(PENSIONER, 'ondernemer')).toBeUndefined();
      expect(stepOf(PENSIONER, 'arbeidsbeperking')).toBe('inkomen');
    });

    it('an older save with the business question answered still shows no business row', () => {
      expect(row({ ...PENSIONER, ondernemer: 'ja' }, 'ondernemer')).toBeUndefined();
    });

    it('with work income: the business row, in the income step, worded about the work income', () => {
      const werkt: Answers = { ...PENSIONER, inkomstenbronnen: ['pensioen', 'werk'], inkomen: { pensioen: '1.450', werk: '300' }, ondernemer: 'ja' };
      expect(firstIncompleteStep(werkt, PEILDATUM)).toBeUndefined();
      expect(firstIncompleteStep({ ...werkt, ondernemer: undefined }, PEILDATUM)).toBe('inkomen');
      expect(row(werkt, 'ondernemer')).toMatchObject({ label: 'questions.ondernemerWerk.label', value: { kind: 'choice', values: ['ja'] } });
      expect(stepOf(werkt, 'ondernemer')).toBe('inkomen');
      expect(rowsOf(werkt).filter((r) => r.name === 'arbeidsbeperking')).toHaveLength(1);
    });

    it('below AOW age the business row stays with work and study, in its own words', () => {
      expect(stepOf(COUPLE, 'ondernemer')).toBe('werkEnStudie');
      expect(row(COUPLE, 'ondernemer')?.label).toBe('questions.ondernemer.label');
      expect(stepOf({ ...COUPLE, arbeidsbeperking: 'nee' }, 'arbeidsbeperking')).toBe('werkEnStudie');
    });
  });

  it('shows typed numbers as typed, amounts as read (in cents, formatted by the view), choices as their option values', () => {
    expect(row(COUPLE, 'leeftijd')?.value).toEqual({ kind: 'text', text: '56' });
    expect(row(COUPLE, 'inkomen.werk')?.value).toEqual({ kind: 'amount', cents: 100_000 });
    expect(row({ ...COUPLE, inkomen: { ...COUPLE.inkomen, werk: '1100' } }, 'inkomen.werk')?.value).toEqual({ kind: 'amount', cents: 110_000 });
    expect(row({ ...COUPLE, inkomen: { ...COUPLE.inkomen, werk: '12,5x' } }, 'inkomen.werk')?.value).toEqual({ kind: 'text', text: '12,5x' });
    expect(row(COUPLE, 'inkomstenbronnen')?.value).toEqual({ kind: 'choice', field: 'inkomstenbronnen', values: ['werk', 'uitkering'] });
    expect(row(COUPLE, 'woonplaats')?.value).toEqual({ kind: 'choice', field: 'woonplaats', values: ['heemskerk'] });
  });

  it('shows "I don\'t know" for an amount left unknown, and "rather not say" as the answer it is', () => {
    expect(row(COUPLE, 'inkomen.uitkering')?.value).toEqual({ kind: 'dontKnow' });
    expect(row(COUPLE, 'vermogen')?.value).toEqual({ kind: 'dontKnow' });
    expect(row(COUPLE, 'schulden')?.value).toEqual({ kind: 'choice', field: 'schulden', values: ['zegIkLiever'] });
  });

  it('leaves out a follow-up question whose answer no longer applies, as the form hides it', () => {
    const single: Answers = { ...COUPLE, leefvorm: 'alleen', betalingsachterstanden: 'nee', woonsituatie: 'koop' };
    expect(row(single, 'partnerLeeftijd')).toBeUndefined();
    expect(row(single, 'achterstandOp')).toBeUndefined();
    expect(row(single, 'huur')).toBeUndefined();
  });

  it('numbers the children and fills the kostendelers age from the norms', () => {
    expect(row(COUPLE, 'kinderLeeftijden.1')).toMatchObject({ label: 'questions.kindLeeftijd.label', labelParams: { nummer: 2 } });
    expect(row(COUPLE, 'kostendelers')?.labelParams).toEqual({ leeftijd: 27 });
  });

  it('shows a skipped step as skipped, not as a row of "rather not say"', () => {
    const geldzaken = steps.find((s) => s.id === 'geldzaken')!;
    const skipped = { ...COUPLE, ...geldzaken.skipWith };
    expect(answerSummary(skipped, PEILDATUM).find((s) => s.stepId === 'geldzaken')).toEqual({ stepId: 'geldzaken', skipped: true, rows: [] });
  });

  it('marks a question not yet answered as missing', () => {
    expect(row({ ...COUPLE, leeftijd: '' }, 'leeftijd')?.value).toEqual({ kind: 'missing' });
  });
});

describe('every label and option on the list has a text in every language', () => {
  const LOCALES = join(import.meta.dirname, '../../locales');
  const files = (language: string) => ['translation', 'help', 'schemes', 'toeslagen'].map((ns) => JSON.parse(readFileSync(join(LOCALES, language, `${ns}.json`), 'utf8')) as Record<string, unknown>);
  const inTree = (tree: Record<string, unknown>, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), tree);
  // Dutch is every language's fallback, as in the app.
  const lookup = (trees: Record<string, unknown>[], key: string) => trees.map((tree) => inTree(tree, key)).find((text) => text !== undefined);

  it.each(readdirSync(LOCALES))('%s', (language) => {
    const tree = [...files(language), ...files('nl')];
    const missing: string[] = [];
    for (const r of rowsOf(COUPLE)) {
      if (typeof lookup(tree, r.label) !== 'string') missing.push(r.label);
      if (r.value.kind !== 'choice') continue;
      for (const value of r.value.values) {
        const keys = optionLabelKeys(r.value.field, value);
        if (!keys.some((key) => typeof lookup(tree, key) === 'string')) missing.push(keys.join(' | '));
      }
    }
    expect(missing).toEqual([]);
  });
});
