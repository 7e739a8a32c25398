/**
 * No figure written as digits in a translated text: ages, terms, amounts and percentages come from
 * the norms as placeholders, so a yearly update never has to touch six languages. Article numbers
 * are names, not figures, and pass. Phone numbers belong in the contacts data.
 *
 * Ages and terms that every text may name come from src/i18n/normFigures.ts ({{meerderjarig}},
 * {{iitJaren}}, …), amounts and dates of a reason from its typed params.
 *
 * The texts below still hold digits, each group with its reason. The list holds the line: a new
 * text with a digit fails, and so does a listed text that no longer has one (take it off the
 * list). Shrink the list; never grow it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../src/rules';

const LOCALES = join(import.meta.dirname, '../../locales');

const STILL_WITH_DIGITS = new Set([
  // They keep their digits, and why. Names: a law, standard or licence is called by its number
  // (Vreemdelingenwet 2000, WCAG 2.1, EN 301 549, EUPL 1.2, "lid 4", "art. 10 en 11"), and a
  // renamed law is a new text anyway.
  'legal.json accessibilityStatement.standard',
  'legal.json accessibilityStatement.status',
  'legal.json accessibilityStatement.testedAxe',
  'legal.json accessibilityStatement.testedKeyboard',
  'legal.json accessibilityStatement.limits',
  'legal.json colophon.licence',
  'schemes.json verblijfRegels.reasons.anders',
  'schemes.json verblijfRegels.reasons.zegIkLiever',
  'schemes.json verblijfRegels.reasons.partnerOnbekend',
  'schemes.json verblijfRegels.reasons.bijstand.waarschuwing',
  'schemes.json verblijfRegels.reasons.bijstand.tijdelijkeBescherming',
  'schemes.json verblijfRegels.reasons.bijstand.asielprocedure',
  'schemes.json verblijfRegels.reasons.bijstand.partnerZonderRecht',
  'schemes.json verblijfRegels.reasons.toeslag.asielprocedure',
  'schemes.json verblijfRegels.reasons.zorgtoeslag.tijdelijkeBescherming',
  'schemes.json verblijfRegels.reasons.zorgtoeslag.partnerNietVerzekerd',
  'schemes.json verblijfRegels.reasons.kindgebondenBudget.tijdelijkeBescherming',
  'schemes.json verblijfRegels.reasons.schuldhulp.beperkt',
  // Examples of how to type a number in this language ("bijvoorbeeld 45", "1.250,00", "Vul 0 in"):
  // they show the format, they are not figures of a regulation.
  'easy.json questions.leeftijd.hint',
  'easy.json questions.aantalKinderen.hint',
  'easy.json questions.kostendelers.hint',
  'easy.json questions.vermogen.hint',
  'translation.json questions.leeftijd.hint',
  'translation.json questions.aantalKinderen.hint',
  'translation.json questions.kostendelers.hint',
  'translation.json questions.vermogen.hint',
  'translation.json errors.notNegative',
  // Arithmetic and the calendar, not a regulation: "divided by 12" (months in a year), switching
  // health insurer "per 1 January".
  'toeslagen.json amounts.steps.perMaand',
  'toeslagen.json amounts.steps.huurtoeslag.afbouw',
  'schemes.json schemes.collectieveZorgverzekering.apply',
  // The app's own facts: about 5 minutes, the kiosk's idle time.
  'easy.json start.time',
  'translation.json start.time',
  'legal.json privacyStatement.modeKiosk',
  // ⚠️ Still to turn into placeholders: a child's lowest age (0) in fa, ti and so, which write
  // "from 0 to {{maxKindLeeftijd}}" (the other languages say "at most"), the municipality's reply
  // times, "the last 3 months" of statements, the 18-month schuldregeling and the 13 of the kinderopvangtoeslag (no sourced norm yet), the year of
  // the loonheffing rules, the IOAW's "1 January {{jaar}}" (a {{date}}), the Heemskerk term of
  // 3 months back, the 18–20 band, the EU residence terms (5 years, 3 months) and the end date of
  // temporary protection.
  'translation.json errors.childAge',
  'help.json triage.firstReply',
  'help.json triage.toBringDefault.1',
  'help.json triage.steps.schuldhulpverlening.3',
  'toeslagen.json schemes.kinderopvangtoeslag.conditions.kinderopvang',
  'toeslagen.json amounts.steps.toetsingsinkomenGeschat',
  'schemes.json schemes.ioaw.reasons.geboortejaar.pass',
  'schemes.json schemes.ioaw.reasons.geboortejaar.fail',
  'schemes.json schemes.ioaw.reasons.geboortejaar.unknown',
  'schemes.json schemes.bijzondereBijstand.apply',
  'schemes.json reasons.inkomen.jongere',
  'schemes.json verblijfRegels.reasons.eu',
  'translation.json verblijf.eigenSteun.tijdelijkeBescherming.geldig',
]);

// "artikel 34a", "article 34a", "madde 34a", "المادة 34a", "artykuł 34a", "стаття 34a", "مادهٔ 34a": names.
const ARTICLE = /(artikel|article|madde|المادة|artykuł|стаття|مادهٔ|ماده|art\.)\s*\d+[a-z]*/giu;
const PLACEHOLDER = /\{\{[^}]*\}\}/g;

function strings(tree: unknown, path: string[] = []): [string, string][] {
  if (typeof tree === 'string') return [[path.join('.'), tree]];
  if (tree && typeof tree === 'object') return Object.entries(tree).flatMap(([key, value]) => strings(value, [...path, key]));
  return [];
}

const languages = readdirSync(LOCALES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

describe.each(languages)('texts in %s', (language) => {
  const withDigits = readdirSync(join(LOCALES, language))
    .filter((name) => name.endsWith('.json'))
    .flatMap((file) => strings(JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8'))).map(([key, text]) => [`${file} ${key}`, text] as const))
    .filter(([, text]) => /\d/u.test(text.replace(PLACEHOLDER, '').replace(ARTICLE, '')))
    .map(([key]) => key);

  it('write no figure as digits: it comes from the norms as a {{placeholder}}', () => {
    expect(withDigits.filter((key) => !STILL_WITH_DIGITS.has(key))).toEqual([]);
  });
});

describe('the list of texts that still hold digits', () => {
  const everywhere = new Set(
    languages.flatMap((language) =>
      readdirSync(join(LOCALES, language))
        .filter((name) => name.endsWith('.json'))
        .flatMap((file) => strings(JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8'))).filter(([, text]) => /\d/u.test(text.replace(PLACEHOLDER, '').replace(ARTICLE, ''))).map(([key]) => `${file} ${key}`)),
    ),
  );
  it('only shrinks: every listed text still has a digit in some language', () => {
    expect([...STILL_WITH_DIGITS].filter((key) => !everywhere.has(key))).toEqual([]);
  });
});

describe('phone numbers', () => {
  // Every number shown comes from src/rules/contacts/contacts.ts ({{telefoonGemeente}} or a channel).
  const known = Object.values(channels).flatMap((channel) => ('phone' in channel ? [channel.phone.replace(/\D/g, '')] : []));
  // A Dutch number as people write it: "14 0251", "0800 0543", "088 88 76 800".
  const PHONE = /(?<!\d)(14[\s\u00a0]?0\d{2,3}|0\d{2,3}([\s\u00a0-]?\d{2,4})+)(?!\d)/u;
  // A number written with spaces or dashes ("0800-2000") is found by its digits; a short one ("112")
  // only standing alone, else "artikel 10 en 11 … 2000" would hold it.
  const holds = (text: string, phone: string) =>
    phone.length >= 6 ? text.replace(/[\s\u00a0-]/g, '').includes(phone) : new RegExp(`(?<![\\d.,])${phone}(?![\\d.,])`).test(text);
  it.each(languages)('%s: no locale text holds one', (language) => {
    const withPhone = readdirSync(join(LOCALES, language))
      .filter((name) => name.endsWith('.json'))
      .flatMap((file) => strings(JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8'))).map(([key, text]) => [`${file} ${key}`, text] as const))
      .filter(([, text]) => PHONE.test(text) || known.some((phone) => holds(text, phone)))
      .map(([key]) => key);
    expect(withPhone).toEqual([]);
  });
});
