/**
 * Invariants of the scheme catalogue against the texts: every scheme in the index can be shown in
 * every language folder under locales/, with every reason it can give, and no text is left over.
 *
 * The reasons a scheme can give are collected by evaluating every scheme over a grid of generated
 * households (ages, partners, children, incomes, assets and the yes/no/unknown answers) and over the
 * named fixtures. A key the grid never reaches is not checked, so the grid is wide on purpose.
 *
 * The view looks a key up in every namespace file of a language (src/i18n/i18n.ts), so a text may
 * live in any of them; `easy.json` only replaces texts and never counts as having one. Scheme ids in
 * `toeslagen.json` belong to the national allowances and are never reported as left over.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, channels, evaluate, schemes, type Household, type ReasonParams } from '../../src/rules';
import { households, neutraal } from '../fixtures/households';
import { PEILDATUM, PEILDATUM_H1 } from '../fixtures/rules';
import { TEXT_FIGURES } from '../fixtures/textFigures';
import { getNorm } from '../../src/rules';

/** The first day of the 2027 rules (Participatiewet art. 34a), so their reasons are reached too. */
const IN_2027 = getNorm('vrijlatingArbeid.percentage', '9999-12-31').validFrom;

const LOCALES = join(import.meta.dirname, '../../locales');
const EASY = 'easy.json';
const TOESLAGEN = 'toeslagen.json';

type Json = { [key: string]: unknown };

const languages = readdirSync(LOCALES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

function files(language: string): Map<string, Json> {
  const names = readdirSync(join(LOCALES, language)).filter((name) => name.endsWith('.json'));
  return new Map(names.map((name) => [name, JSON.parse(readFileSync(join(LOCALES, language, name), 'utf8')) as Json]));
}

const locales = new Map(languages.map((language) => [language, files(language)]));

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Json)[part] : undefined), tree);
}

/** The text for a key in one language, from whichever namespace file holds it; easy-read does not count. */
function text(language: string, key: string): string | undefined {
  for (const [name, json] of locales.get(language)!) {
    if (name === EASY) continue;
    const found = lookup(json, key);
    if (typeof found === 'string' && found.trim() !== '') return found;
  }
  return undefined;
}

const placeholders = (value: string) => [...value.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]!);

// ---- the households the reasons are collected from --------------------------------------------

const AGES = [17, 18, 19, 21, 40, 49, 50, 55, 61, 62, 66, 67, 70];
const PARTNERS = [null, 19, 40, 70];
const CHILDREN = [[], [3, 15]];
const KOSTENDELERS = [0, 1];
const INCOMES = [null, 0, 35000, 100000, 140000, 150000, 158000, 170000, 200000, 250000, 1000000];
const ASSETS = [null, 900000, 2000000, 10000000, 20000000, 30000000];
const INCOME_PARTS = ['werk', 'uitkering', 'pensioen', 'overig'] as const;
const ANSWERS = ['ja', 'nee', null] as const;
const FLAGS: Partial<Household>[] = [
  { woontInHeemskerk: false },
  { ontvangtBijstand: true },
  { studiefinanciering: true },
  { studiefinanciering: true, studieBeperking: true },
  { ondernemer: true, stoptMetBedrijf: true },
  { ondernemer: true, stoptMetBedrijf: false },
  { ondernemer: true, stoptMetBedrijf: null },
  { werkloosNa50: 'ja' },
  { werkloosNa50: null },
  { laagInkomenSinds: 'kort' },
  { laagInkomenSinds: null },
  { kinderopvang: true },
  { woonsituatie: 'koop', huurPerMaand: 0 },
  { huurPerMaand: null },
  { toetsingsinkomen: null },
];
// The money questions only matter to the help offers, which look at little else.
const GELDZAKEN: Partial<Household>[] = ANSWERS.flatMap((schulden) =>
  ANSWERS.flatMap((betalingsachterstanden) => ANSWERS.map((wilHulpBijGeldzaken) => ({ schulden, betalingsachterstanden, wilHulpBijGeldzaken }))),
);

function* demographics(): Generator<Household> {
  for (const leeftijd of AGES)
    for (const partner of PARTNERS)
      for (const kinderen of CHILDREN)
        for (const kostendelers of KOSTENDELERS)
          yield {
            ...neutraal,
            aanvrager: { leeftijd },
            partner: partner === null ? null : { leeftijd: partner },
            kinderen: kinderen.map((k) => ({ leeftijd: k })),
            kostendelers,
          };
}

/** Each demographic once per income (in turn as wages, benefit, pension, other) and per asset level, and with each flag set. */
function* grid(): Generator<Household> {
  let i = 0;
  for (const base of demographics()) {
    for (const income of INCOMES) yield { ...base, inkomen: { ...neutraal.inkomen, [INCOME_PARTS[i++ % INCOME_PARTS.length]!]: income } };
    for (const vermogen of ASSETS) yield { ...base, vermogen };
    for (const flags of FLAGS) yield { ...base, ...flags };
  }
  for (const base of [neutraal, households.gezinMetTweeKinderen, households.alleenstaandePensionado, { ...neutraal, woontInHeemskerk: false }])
    for (const answers of GELDZAKEN) yield { ...base, ...answers };
}

/** Every reason and term key the schemes produced, with the parameters every use of it had, and the verdicts. */
function collect(): { keys: Map<string, Set<string>>; verdicts: Map<string, Set<string>> } {
  const keys = new Map<string, Set<string>>();
  const verdicts = new Map<string, Set<string>>(schemes.map((s) => [s.id, new Set<string>()]));
  const note = (key: string, params: ReasonParams) => {
    const names = new Set(Object.keys(params));
    const known = keys.get(key);
    keys.set(key, known ? new Set([...known].filter((n) => names.has(n))) : names);
  };
  const run = (household: Household, peildatum: string) => {
    for (const outcome of evaluate(household, peildatum)) {
      verdicts.get(outcome.schemeId)!.add(outcome.verdict);
      for (const reason of outcome.reasons) {
        note(reason.key, reason.params);
        for (const value of Object.values(reason.params)) if (typeof value === 'object' && 'term' in value) note(value.term, reason.params);
      }
    }
  };
  for (const household of grid()) for (const peildatum of [PEILDATUM, IN_2027]) run(household, peildatum);
  for (const household of Object.values(households)) for (const peildatum of [PEILDATUM, PEILDATUM_H1]) run(household, peildatum);
  return { keys, verdicts };
}

const { keys: reasonKeys, verdicts } = collect();
const schemeIds = new Set(schemes.map((s) => s.id));

// ---- the checks ---------------------------------------------------------------------------------

describe('schemes', () => {
  it.each(schemes.map((s) => [s.id, s] as const))('%s says what to bring and where to apply', (_, scheme) => {
    expect(scheme.toBring.length).toBeGreaterThan(0);
    expect(scheme.applyAt.length).toBeGreaterThan(0);
  });

  // A scheme the grid never lets in (or never keeps out) would leave reasons unchecked.
  it.each(schemes.map((s) => s.id))('%s is both kept out and let in (or asked about) somewhere in the grid', (id) => {
    const seen = verdicts.get(id)!;
    expect(seen.has('unlikely')).toBe(true);
    expect(seen.has('likely') || seen.has('unknown')).toBe(true);
  });
});

describe.each(languages)('texts in %s', (language) => {
  it('summarise and say how to apply for every scheme', () => {
    const missing = [...schemeIds].flatMap((id) => ['summary', 'apply'].map((field) => `schemes.${id}.${field}`)).filter((key) => !text(language, key));
    expect(missing).toEqual([]);
  });

  // Scheme names are what letters and the counter say, so they are Dutch in every language: they
  // live in the Dutch files only and every language falls back to them (a translated name is a bug).
  it(language === 'nl' ? 'names every scheme' : 'leaves the Dutch scheme names to the Dutch files', () => {
    const named = [...schemeIds].filter((id) => text(language, `schemes.${id}.name`));
    expect(named).toEqual(language === 'nl' ? [...schemeIds] : []);
  });

  it('word every reason the schemes can give, using only the parameters it gets', () => {
    expect([...reasonKeys.keys()].filter((key) => !text(language, key))).toEqual([]);
    const unfilled = [...reasonKeys].flatMap(([key, params]) => {
      const value = text(language, key);
      return value ? placeholders(value).filter((name) => !params.has(name) && !TEXT_FIGURES.has(name)).map((name) => `${key}: {{${name}}}`) : [];
    });
    expect(unfilled).toEqual([]);
  });

  it('label every document and every channel', () => {
    const missing = [...DOCUMENTS.map((id) => `documents.${id}`), ...Object.keys(channels).flatMap((id) => [`channels.${id}.label`, `channels.${id}.how`])].filter(
      (key) => !text(language, key),
    );
    expect(missing).toEqual([]);
  });
});

/** Non-test source outside contacts.ts, to see whether a channel or document is used elsewhere (such as triage). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !path.endsWith(join('contacts', 'contacts.ts')) ? [path] : [];
  });
}
const appSource = sourceFiles(join(import.meta.dirname, '../../src'))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

describe('no texts left over', () => {
  const toeslagen = new Set(languages.flatMap((language) => Object.keys((locales.get(language)!.get(TOESLAGEN)?.schemes as Json | undefined) ?? {})));
  const byScheme = {
    documents: new Set<string>(schemes.flatMap((s) => s.toBring)),
    channels: new Set<string>(schemes.flatMap((s) => s.applyAt)),
  };
  const defined = { documents: new Set<string>(DOCUMENTS), channels: new Set<string>(Object.keys(channels)) };
  // A scheme uses it, or (for a channel such as the voedselbank) another part of the app names it.
  const used = (group: 'documents' | 'channels', id: string) => defined[group].has(id) && (byScheme[group].has(id) || appSource.includes(`'${id}'`));
  const everyFile = languages.flatMap((language) => [...locales.get(language)!].map(([name, json]) => [`${language}/${name}`, name, json] as const));

  it.each(everyFile)('%s names only schemes in the index (or national allowances)', (_, __, json) => {
    const ids = Object.keys((json.schemes as Json | undefined) ?? {});
    expect(ids.filter((id) => !schemeIds.has(id) && !toeslagen.has(id))).toEqual([]);
  });

  // toeslagen.json may hold documents and channels of allowances that are not in the index yet.
  it.each(everyFile.filter(([, name]) => name !== TOESLAGEN))('%s has only documents and channels that are used', (_, __, json) => {
    const unused = (['documents', 'channels'] as const).flatMap((group) =>
      Object.keys((json[group] as Json | undefined) ?? {})
        .filter((id) => !used(group, id))
        .map((id) => `${group}.${id}`),
    );
    expect(unused).toEqual([]);
  });
});
