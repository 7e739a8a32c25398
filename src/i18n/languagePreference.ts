/**
 * Remembers the chosen language on this device. The first visit follows the browser's languages.
 */
import { isLanguage, preferredLanguage, type LanguageCode } from './languages';

const STORAGE_KEY = 'rondkomen-check.language';

export function loadLanguage(storage: Storage | undefined, browserLanguages: readonly string[]): LanguageCode {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Blocked storage: fall back to the browser's preference.
  }
  return preferredLanguage(browserLanguages);
}

export function saveLanguage(storage: Storage | undefined, code: LanguageCode): void {
  try {
    storage?.setItem(STORAGE_KEY, code);
  } catch {
    // Not remembering the language is harmless.
  }
}
