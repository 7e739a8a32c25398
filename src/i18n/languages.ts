/**
 * The shipped languages: code, name in its own script, and writing direction.
 * Adding a language is adding `locales/<code>/translation.json` and a line here.
 */
export const LANGUAGES = [
  { code: 'nl', label: 'Nederlands', dir: 'ltr' },
  { code: 'en', label: 'English', dir: 'ltr' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const DEFAULT_LANGUAGE: LanguageCode = 'nl';

export function isLanguage(code: unknown): code is LanguageCode {
  return LANGUAGES.some((l) => l.code === code);
}

export function directionOf(code: LanguageCode): 'ltr' | 'rtl' {
  return LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';
}

/** The first of the browser's preferred languages that we ship, else Dutch. */
export function preferredLanguage(browserLanguages: readonly string[]): LanguageCode {
  for (const tag of browserLanguages) {
    const code = tag.toLowerCase().split('-')[0];
    if (isLanguage(code)) return code;
  }
  return DEFAULT_LANGUAGE;
}
