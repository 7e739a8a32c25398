/**
 * What the page and the service worker agree on about languages offline (ADR 0010).
 *
 * The precache holds the app and Dutch only. Every other language lives in its own cache, filled
 * when it is chosen (or, at the kiosk and for volunteers, with every language at once); the
 * service worker keeps it in step with new versions. The build writes LANGUAGE_FILES: for each
 * language, its text chunks and its prerendered pages.
 *
 * The service worker cannot read localStorage, so the language this device chose is also kept as
 * one small entry in the Cache Storage: with it the worker serves the start screen in that language
 * at the bare /, painted before any script runs.
 */
export const LANGUAGE_CACHE = 'rondkomen-languages';
/** The code of the screens after the start screen, kept once loaded (keepScreensOffline.ts). */
export const SCREEN_CACHE = 'rondkomen-screens';
export const PREFERENCE_CACHE = 'rondkomen-preference';
export const PREFERENCE_KEY = '/language-preference';
export const LANGUAGE_FILES = '/languages.json';

/** Language code → root-relative URLs of its text chunks and prerendered pages. */
export type LanguageFiles = Record<string, string[]>;

export type LanguageMessage =
  /** Keep these languages available offline. */
  | { type: 'cache-languages'; languages: string[] }
  /** This device chose this language: show it first from now on (and keep it offline). */
  | { type: 'remember-language'; language: string };

export function isLanguageMessage(data: unknown): data is LanguageMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<Record<string, unknown>>;
  if (message.type === 'cache-languages') return Array.isArray(message.languages) && message.languages.every((code) => typeof code === 'string');
  return message.type === 'remember-language' && typeof message.language === 'string';
}
