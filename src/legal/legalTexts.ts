/**
 * The texts of the accessibility statement, the privacy statement and the colophon live in their
 * own file per language, `locales/<code>/legal.json`, loaded only when one of those pages opens.
 * They travel with their language's other texts (a `locale-<code>-legal` chunk): cached when first
 * opened for Dutch (not precached: the start screen does not need them), cached with the language
 * on a phone that chose it, and every language at the kiosk.
 */
import i18n, { type ParseKeys, type TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE } from '../i18n/languages';

export const LEGAL_NAMESPACE = 'legal' as const;

/** A key of legal.json under `section`, without the section: `KeyIn<'colophon'>` is 'intro' | 'version' | …. */
export type KeyIn<Section extends string> = ParseKeys<'legal'> extends infer K ? (K extends `${Section}.${infer Rest}` ? Rest : never) : never;

const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/legal.json');

/** Loads the legal texts of a language and of Dutch, the fallback; a failed download rejects. */
export async function loadLegalTexts(code: string): Promise<void> {
  await Promise.all(
    [code, DEFAULT_LANGUAGE].map(async (language) => {
      const loader = loaders[`../../locales/${language}/legal.json`];
      if (!loader || i18n.hasResourceBundle(language, LEGAL_NAMESPACE)) return;
      i18n.addResourceBundle(language, LEGAL_NAMESPACE, (await loader()).default, true, true);
    }),
  );
}

export type LegalTexts = { t: TFunction<'legal'>; language: string; state: 'loading' | 'ready' | 'failed'; retry: () => void };

/**
 * The legal texts in the current language, loading them when needed. In easy-read the easy
 * texts come first, as everywhere else; keys without an easy version fall back to legal.json.
 */
export function useLegalTexts(easyRead: boolean): LegalTexts {
  // Subscribing re-renders the page when the language changes.
  const { i18n: instance } = useTranslation();
  const language = instance.language;
  const [attempt, setAttempt] = useState(0);
  // Which load failed: a retry or another language is a new load, so "loading" again at once.
  const load = `${language}#${attempt}`;
  const [failedLoad, setFailedLoad] = useState<string | null>(null);
  const [, setLoaded] = useState(0);

  useEffect(() => {
    if (instance.hasResourceBundle(language, LEGAL_NAMESPACE)) return;
    let current = true;
    loadLegalTexts(language).then(
      () => current && setLoaded((n) => n + 1),
      () => current && setFailedLoad(`${language}#${attempt}`),
    );
    return () => {
      current = false;
    };
  }, [instance, language, attempt]);

  const state = instance.hasResourceBundle(language, LEGAL_NAMESPACE) ? 'ready' : failedLoad === load ? 'failed' : 'loading';
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // Keys are legal.json's; in easy-read, easy.json's simpler versions of some of them come first.
  const t = instance.getFixedT(language, easyRead ? ['easy', LEGAL_NAMESPACE] : LEGAL_NAMESPACE) as TFunction<'legal'>;
  return { t, language, state, retry };
}

/** When the two statements were last drawn up; update it with any change to what they say. */
export const STATEMENTS_DRAWN_UP_ON = '2026-12-01';
