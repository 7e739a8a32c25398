/**
 * Every shipped language has every text Dutch has, with the same placeholders and the plural forms
 * its grammar needs; easy-read texts replace existing texts and pass the A2 checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXT_FIGURES } from '../fixtures/textFigures';
import { measure } from './readability';

const LOCALES = join(import.meta.dirname, '../../locales');
const SOURCE = 'nl';
const languages = readdirSync(LOCALES).filter((name) => name !== SOURCE);
const namespaces = readdirSync(join(LOCALES, SOURCE)).map((file) => file.replace(/\.json$/, ''));

type Texts = Map<string, string>;

function flatten(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key));
}

function load(language: string, namespace: string): Texts {
  try {
    return new Map(flatten(JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8'))));
  } catch {
    return new Map();
  }
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Scheme names stay Dutch everywhere, so only the Dutch files hold them (see schemes.test.ts). */
const DUTCH_ONLY = /^schemes\.\w+\.name$/;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();

/** The keys a language must have: plural keys expanded to the plural categories of that language. */
function expectedKeys(source: Texts, language: string): Map<string, string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Map<string, string>();
  for (const [key, text] of source) {
    if (DUTCH_ONLY.test(key)) continue;
    if (!PLURAL.test(key)) keys.set(key, text);
    else if (key.endsWith('_other')) for (const category of categories) keys.set(key.replace(PLURAL, `_${category}`), text);
  }
  return keys;
}

describe.each(languages)('%s', (language) => {
  describe.each(namespaces)('%s.json', (namespace) => {
    const source = load(SOURCE, namespace);
    const target = load(language, namespace);
    const expected = expectedKeys(source, language);

    it('has every text Dutch has', () => {
      expect([...expected.keys()].filter((key) => !target.has(key))).toEqual([]);
    });

    it('has no texts Dutch does not have', () => {
      const allowed = new Set([...expected.keys(), ...[...source.keys()].filter((key) => !DUTCH_ONLY.test(key))]);
      expect([...target.keys()].filter((key) => !allowed.has(key))).toEqual([]);
    });

    it('uses the same placeholders as Dutch', () => {
      const differing = [...expected].filter(([key, text]) => target.has(key) && placeholders(target.get(key)!).join() !== placeholders(text).join());
      expect(differing.map(([key]) => key)).toEqual([]);
    });

    it('has no empty texts', () => {
      expect([...target].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    });
  });
});

describe('easy-read', () => {
  const ordinary = new Map(namespaces.filter((n) => n !== 'easy').flatMap((n) => [...load(SOURCE, n)]));
  const easy = load(SOURCE, 'easy');

  // A figure every text may name ({{meerderjarig}}) may be left out of the shorter easy-read text.
  const passed = (text: string) => placeholders(text).filter((name) => !TEXT_FIGURES.has(name!)).join();
  it('only replaces texts that exist, with the same placeholders', () => {
    const wrong = [...easy].filter(([key, text]) => !ordinary.has(key) || passed(ordinary.get(key)!) !== passed(text));
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it('covers the start screen, every questionnaire step and the results', () => {
    for (const prefix of ['start.', 'steps.', 'questions.', 'results.']) expect([...easy.keys()].some((key) => key.startsWith(prefix)), prefix).toBe(true);
    for (const key of ordinary.keys()) if (/^steps\.\w+\.title$/.test(key)) expect(easy.has(key), key).toBe(true);
  });

  const { averageWords, longestSentence, longWordShare } = measure([...easy.values()]);

  it(`keeps Dutch sentences short: ${averageWords.toFixed(1)} words on average, at most 8`, () => {
    expect(averageWords).toBeLessThanOrEqual(8);
  });

  it(`keeps every Dutch sentence to 10 words or fewer (longest: ${longestSentence})`, () => {
    expect(longestSentence).toBeLessThanOrEqual(10);
  });

  it(`uses few long words: ${(longWordShare * 100).toFixed(1)}%, at most 4%`, () => {
    expect(longWordShare).toBeLessThanOrEqual(0.04);
  });

  it('writes in the active voice (no "wordt"/"worden")', () => {
    expect([...easy.values()].filter((text) => /\bword(t|en)\b/i.test(text))).toEqual([]);
  });
});
