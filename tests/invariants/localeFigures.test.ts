/**
 * No figure written as digits in a translated text: ages, terms, amounts and percentages come from
 * the norms as placeholders, so a yearly update never has to touch six languages. Article numbers
 * are names, not figures, and pass. Phone numbers belong in the contacts data.
 *
 * ⚠️ The texts below were written before this rule and still hold digits. They are listed so the
 * test can hold the line: a new text with a digit fails, and so does a listed text that no longer
 * has one (take it off the list). Shrink the list; never grow it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '../../locales');

const STILL_WITH_DIGITS = new Set([
  'easy.json start.time',
  'easy.json steps.kinderen.intro',
  'easy.json questions.leeftijd.hint',
  'easy.json questions.aantalKinderen.hint',
  'easy.json questions.kostendelers.hint',
  'easy.json questions.laagInkomenSinds.label',
  'easy.json questions.vermogen.hint',
  'help.json triage.firstReply',
  'help.json triage.toBringDefault.1',
  'help.json triage.steps.schuldhulpverlening.3',
  'help.json triage.steps.wsnp.2',
  'help.json questions.afbetaalbaarBinnenTermijn.label',
  'schemes.json reasons.inkomen.geenNorm',
  'schemes.json schemes.ioaw.reasons.geboortejaar.pass',
  'schemes.json schemes.ioaw.reasons.geboortejaar.fail',
  'schemes.json schemes.ioaw.reasons.geboortejaar.unknown',
  'schemes.json schemes.individueleInkomenstoeslag.reasons.langdurigLaagInkomen.pass',
  'schemes.json schemes.kindpakket.reasons.kinderen.pass',
  'schemes.json schemes.kindpakket.reasons.kinderen.fail',
  'schemes.json schemes.jeugdfonds.reasons.kinderen.pass',
  'schemes.json schemes.jeugdfonds.reasons.kinderen.fail',
  'schemes.json schemes.collectieveZorgverzekering.apply',
  'schemes.json schemes.bijzondereBijstand.apply',
  'toeslagen.json schemes.kindgebondenBudget.summary',
  'toeslagen.json schemes.kindgebondenBudget.conditions.kinderen',
  'toeslagen.json schemes.kindgebondenBudget.reasons.kinderen.pass',
  'toeslagen.json schemes.kindgebondenBudget.reasons.kinderen.fail',
  'toeslagen.json schemes.kinderopvangtoeslag.conditions.kinderopvang',
  'toeslagen.json amounts.steps.toetsingsinkomenGeschat',
  'toeslagen.json amounts.steps.perMaand',
  'toeslagen.json amounts.steps.huurtoeslag.afbouw',
  'toeslagen.json amounts.steps.kindgebondenBudget.perKind',
  'translation.json app.outdated',
  'translation.json app.error',
  'translation.json start.time',
  'translation.json steps.kinderen.intro',
  'translation.json questions.leeftijd.hint',
  'translation.json questions.aantalKinderen.label',
  'translation.json questions.aantalKinderen.hint',
  'translation.json questions.kostendelers.hint',
  'translation.json questions.laagInkomenSinds.label',
  'translation.json questions.vermogen.hint',
  'translation.json questions.werkloosNa50.label',
  'translation.json options.lang',
  'translation.json options.kort',
  'translation.json errors.notNegative',
  'translation.json errors.age',
  'translation.json errors.ageTooLow',
  'translation.json errors.childAge',
  'translation.json conditions.kinderen',
  'translation.json takeHome.errors.malformed',
  'translation.json volunteer.laagInkomenSinds',
  'translation.json volunteer.schulden',
  // Written the same day as this rule, in parallel, and merged after it: standard and law names
  // with numbers (WCAG 2.1, EN 301 549, Vreemdelingenwet 2000), the 18–20 age band and the residence
  // terms. To be turned into placeholders or names like the others.
  'legal.json accessibilityStatement.limits',
  'legal.json accessibilityStatement.standard',
  'legal.json accessibilityStatement.status',
  'legal.json accessibilityStatement.testedAxe',
  'legal.json accessibilityStatement.testedKeyboard',
  'legal.json colophon.licence',
  'legal.json privacyStatement.modeKiosk',
  'schemes.json reasons.inkomen.jongere',
  'schemes.json verblijfRegels.reasons.anders',
  'schemes.json verblijfRegels.reasons.bijstand.asielprocedure',
  'schemes.json verblijfRegels.reasons.bijstand.partnerZonderRecht',
  'schemes.json verblijfRegels.reasons.bijstand.tijdelijkeBescherming',
  'schemes.json verblijfRegels.reasons.bijstand.waarschuwing',
  'schemes.json verblijfRegels.reasons.eu',
  'schemes.json verblijfRegels.reasons.kindgebondenBudget.tijdelijkeBescherming',
  'schemes.json verblijfRegels.reasons.partnerOnbekend',
  'schemes.json verblijfRegels.reasons.schuldhulp.beperkt',
  'schemes.json verblijfRegels.reasons.toeslag.asielprocedure',
  'schemes.json verblijfRegels.reasons.zegIkLiever',
  'schemes.json verblijfRegels.reasons.zorgtoeslag.partnerNietVerzekerd',
  'schemes.json verblijfRegels.reasons.zorgtoeslag.tijdelijkeBescherming',
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
