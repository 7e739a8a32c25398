/**
 * i18next set-up. Each language is its own chunk, loaded on demand; the service worker precaches
 * them all so a language switch works offline. Dutch is the source and the fallback.
 *
 * Several files per language: `translation.json` (the screens), `schemes.json` (schemes, reasons,
 * documents, contacts), `toeslagen.json` (the national allowances and their amounts) and
 * `help.json` (the money-worries triage). Keys are
 * looked up in all of them, so `t('schemes.kindpakket.name')` works whichever file holds it.
 *
 * Easy-read is one more file, `easy.json`, with the same keys as the others but simpler words. In
 * easy-read mode it is searched first; a key it lacks falls back to the ordinary text.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatAmountExample } from './format';
import { DEFAULT_LANGUAGE, directionOf, type LanguageCode } from './languages';
import type { TextFigures } from './textFigures';

export const NAMESPACES = ['easy', 'translation', 'schemes', 'toeslagen', 'help'] as const;
const ORDINARY = ['schemes', 'toeslagen', 'help'];

const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

async function load(code: LanguageCode): Promise<void> {
  await Promise.all(
    NAMESPACES.map(async (namespace) => {
      const loader = loaders[`../../locales/${code}/${namespace}.json`];
      if (!loader || i18n.hasResourceBundle(code, namespace)) return;
      i18n.addResourceBundle(code, namespace, (await loader()).default, true, true);
    }),
  );
}

/**
 * What every text may name as a placeholder ({{telefoonGemeente}}, {{meerderjarig}}, see
 * textFigures.ts; {{voorbeeldBedrag}}, an amount as this language writes it, for hints and errors).
 * One object, filled in as its parts become known, is i18next's default variables.
 */
const textFigures: Partial<TextFigures> & { voorbeeldBedrag?: string } = {};
let loadNormFigures: (() => Promise<void>) | undefined;

/** `figures`: those known at the start; the browser adds the norms' figures with `setTextPeildatum`. */
export async function initI18n(code: LanguageCode, figures: Partial<TextFigures>): Promise<typeof i18n> {
  Object.assign(textFigures, figures);
  await i18n.use(initReactI18next).init({
    lng: code,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: {},
    ns: [...NAMESPACES],
    defaultNS: 'translation',
    fallbackNS: ORDINARY,
    // React escapes output itself.
    interpolation: { escapeValue: false, defaultVariables: textFigures },
    returnNull: false,
  });
  await changeLanguage(code);
  return i18n;
}

/** The norms' figures for the texts are those of this peildatum, loaded once, with the rules. */
export function setTextPeildatum(peildatum: string): void {
  let loading: Promise<void> | undefined;
  loadNormFigures = () => (loading ??= import('./normFigures').then(({ normFigures }) => void Object.assign(textFigures, normFigures(peildatum))));
}

/** A screen's lazy import that also waits for the norms' figures, so no text shows a bare {{placeholder}}. */
export function withNormFigures<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadNormFigures?.()]).then(([module]) => module);
}

export async function changeLanguage(code: LanguageCode): Promise<void> {
  await Promise.all([load(code), load(DEFAULT_LANGUAGE)]);
  // Hints and error messages show an example amount as this language writes it ("1.250,00", "1,250.00").
  textFigures.voorbeeldBedrag = formatAmountExample(code);
  await i18n.changeLanguage(code);
  // At build time the prerender sets these in the page it writes.
  if (typeof document === 'undefined') return;
  document.documentElement.lang = code;
  document.documentElement.dir = directionOf(code);
}

/** Switches easy-read on or off: easy texts first, larger type, and every screen re-renders. */
export function setEasyRead(on: boolean): void {
  i18n.options.fallbackNS = on ? ['translation', ...ORDINARY] : ORDINARY;
  i18n.setDefaultNamespace(on ? 'easy' : 'translation');
  document.documentElement.classList.toggle('easy-read', on);
  // react-i18next re-renders on this event; the language itself stays the same.
  i18n.emit('languageChanged', i18n.language);
}
