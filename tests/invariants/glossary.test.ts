/**
 * Each language follows its glossary (docs/glossary/<language>.json): fixed terms are translated
 * the same way everywhere, and renderings that mislead (Turkish "vergi affı", a tax amnesty, for
 * kwijtschelding) never come back. Issue 17.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'locales');
const GLOSSARIES = join(ROOT, 'docs/glossary');
const SOURCE = 'nl';
/** Scheme names are Dutch and shown from the Dutch file, so translations do not repeat them. */
const DUTCH_ONLY = /^schemes\.\w+\.name$/;

type Term = { nl: string; use: string[]; avoid: string[]; note: string; exceptKeys?: string[] };
type Glossary = { language: string; reviewedByNativeSpeaker: boolean; terms: Term[] };

function flatten(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key));
}

/** Every text of a language, per file, so the same key in two files is compared file by file. */
function texts(language: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of readdirSync(join(LOCALES, SOURCE))) {
    const path = join(LOCALES, language, file);
    if (!existsSync(path)) continue;
    for (const [key, text] of flatten(JSON.parse(readFileSync(path, 'utf8')))) all.set(`${file}:${key}`, text);
  }
  return all;
}

const keyOf = (fileKey: string) => fileKey.slice(fileKey.indexOf(':') + 1);
// Placeholders are names, not words: "{{netto}}" in a Dutch text does not ask for the word "net".
const withoutPlaceholders = (text: string) => text.replace(/\{\{[^}]*\}\}/g, '');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const languages = readdirSync(LOCALES).filter((name) => name !== SOURCE);
const dutch = texts(SOURCE);

it('every language has a glossary', () => {
  expect(languages.filter((language) => !existsSync(join(GLOSSARIES, `${language}.json`)))).toEqual([]);
});

describe.each(languages.filter((language) => existsSync(join(GLOSSARIES, `${language}.json`))))('%s', (language) => {
  const glossary = JSON.parse(readFileSync(join(GLOSSARIES, `${language}.json`), 'utf8')) as Glossary;
  const translated = texts(language);

  it('has a well-formed glossary for this language', () => {
    expect(glossary.language).toBe(language);
    expect(typeof glossary.reviewedByNativeSpeaker).toBe('boolean');
    expect(glossary.terms.length).toBeGreaterThan(0);
    for (const term of glossary.terms) {
      expect(term.use.length, term.nl).toBeGreaterThan(0);
      expect(Array.isArray(term.avoid), term.nl).toBe(true);
      expect(term.note.trim(), term.nl).not.toBe('');
    }
  });

  it.each(glossary.terms.map((term) => [term.nl, term] as const))('never uses what the glossary says to avoid for "%s"', (_, term) => {
    const found = [...translated].filter(([, text]) => term.avoid.some((avoid) => text.toLowerCase().includes(avoid.toLowerCase())));
    expect(found.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it.each(glossary.terms.map((term) => [term.nl, term] as const))('translates "%s" as the glossary says', (_, term) => {
    const atWordStart = new RegExp(`(?<![\\p{L}\\p{N}])${escape(term.nl)}`, 'iu');
    const missing = [...dutch].filter(([fileKey, text]) => {
      const key = keyOf(fileKey);
      if (DUTCH_ONLY.test(key) || term.exceptKeys?.includes(key) || !atWordStart.test(withoutPlaceholders(text))) return false;
      const translation = translated.get(fileKey);
      return translation !== undefined && !term.use.some((use) => translation.toLowerCase().includes(use.toLowerCase()));
    });
    expect(missing.map(([key]) => `${key}: ${translated.get(key)}`)).toEqual([]);
  });
});
