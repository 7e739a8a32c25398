/**
 * Remembers the chosen language and easy-read on this device. The first visit follows the
 * browser's languages.
 */
import { readItem, writeItem } from '../storage/deviceStorage';
import { isLanguage, preferredLanguage, type LanguageCode } from './languages';

export const LANGUAGE_KEY = 'rondkomen-check.language';
export const EASY_READ_KEY = 'rondkomen-check.easyRead';

export function loadLanguage(storage: Storage | undefined, browserLanguages: readonly string[]): LanguageCode {
  const stored = readItem(storage, LANGUAGE_KEY);
  return isLanguage(stored) ? stored : preferredLanguage(browserLanguages);
}

export function saveLanguage(storage: Storage | undefined, code: LanguageCode): void {
  writeItem(storage, LANGUAGE_KEY, code);
}

export function loadEasyRead(storage: Storage | undefined): boolean {
  return readItem(storage, EASY_READ_KEY) === '1';
}

export function saveEasyRead(storage: Storage | undefined, on: boolean): void {
  writeItem(storage, EASY_READ_KEY, on ? '1' : null);
}
