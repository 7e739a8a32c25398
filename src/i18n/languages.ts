/**
 * The shipped languages, found from the folders in `locales/`: adding a language is dropping a
 * folder with its files there. Names are shown in their own script and the writing direction
 * comes from the language itself.
 */
const localeFiles = import.meta.glob('../../locales/*/translation.json');

// Dutch first: it is the source, what the counter speaks and the fallback.
export const LANGUAGE_CODES: readonly string[] = Object.keys(localeFiles)
  .map((path) => path.split('/').at(-2)!)
  .sort((a, b) => (a === 'nl' ? -1 : b === 'nl' ? 1 : a.localeCompare(b)));

export type LanguageCode = string;
export const DEFAULT_LANGUAGE: LanguageCode = 'nl';

// Intl.Locale#getTextInfo is not in every browser yet; these are the right-to-left scripts we may ship.
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb']);

export function isLanguage(code: unknown): code is LanguageCode {
  return typeof code === 'string' && LANGUAGE_CODES.includes(code);
}

export function directionOf(code: LanguageCode): 'ltr' | 'rtl' {
  return RTL.has(code) ? 'rtl' : 'ltr';
}

// Only the flag is taken from each glossary (docs/glossary/<code>.json), so the bundle stays small.
const reviewFlags = import.meta.glob<boolean>('../../docs/glossary/*.json', { eager: true, import: 'reviewedByNativeSpeaker' });

/**
 * Whether a native speaker has reviewed this translation; until then the language menu says so.
 * Dutch is the source. A language without a glossary has not been reviewed either.
 */
export function reviewedByNativeSpeaker(code: LanguageCode): boolean {
  return code === DEFAULT_LANGUAGE || reviewFlags[`../../docs/glossary/${code}.json`] === true;
}

/**
 * Names that not every Intl knows: Debian's Chromium has no data for Tigrinya and Somali and says
 * "Tigrinya", while Node at build time says "ትግርኛ", so the prerendered page would not match the
 * page the app makes. A shipped language's name comes from here where the engines differ.
 */
const NATIVE_NAMES: Readonly<Record<string, string>> = { ti: 'ትግርኛ', so: 'Soomaali' };

/** The language's own name for itself, e.g. "Türkçe", "العربية". */
export function nativeName(code: LanguageCode): string {
  const name = NATIVE_NAMES[code] ?? new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** The first of the browser's preferred languages that we ship, else Dutch. */
export function preferredLanguage(browserLanguages: readonly string[]): LanguageCode {
  for (const tag of browserLanguages) {
    const code = tag.toLowerCase().split('-')[0];
    if (isLanguage(code)) return code;
  }
  return DEFAULT_LANGUAGE;
}
