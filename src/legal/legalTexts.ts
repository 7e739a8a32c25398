/**
 * The texts of the accessibility statement, the privacy statement and the colophon live in their
 * own file per language, `locales/<code>/legal.json`, loaded only when one of those pages opens.
 * They travel with their language's other texts (a `locale-<code>-legal` chunk): cached when first
 * opened for Dutch (not precached: the start screen does not need them), cached with the language
 * on a phone that chose it, and every language at the kiosk.
 */
import i18n, { type TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE } from '../i18n/languages';

export const LEGAL_NAMESPACE = 'legal';

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

export type LegalTexts = { t: TFunction; language: string; state: 'loading' | 'ready' | 'failed'; retry: () => void };

/**
 * The legal texts in the current language, loading them when needed. In easy-read the easy
 * texts come first, as everywhere else; keys without an easy version fall back to legal.json.
 */
export function useLegalTexts(easyRead: boolean): LegalTexts {
  // Subscribing re-renders the page when the language changes.
  const { i18n: instance } = useTranslation();
  const language = instance.language;
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [, setLoaded] = useState(0);

  useEffect(() => {
    if (instance.hasResourceBundle(language, LEGAL_NAMESPACE)) return;
    let current = true;
    setFailed(false);
    loadLegalTexts(language).then(
      () => current && setLoaded((n) => n + 1),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [instance, language, attempt]);

  const state = instance.hasResourceBundle(language, LEGAL_NAMESPACE) ? 'ready' : failed ? 'failed' : 'loading';
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const t = instance.getFixedT(language, easyRead ? ['easy', LEGAL_NAMESPACE] : LEGAL_NAMESPACE);
  return { t, language, state, retry };
}

/** When the two statements were last drawn up; update it with any change to what they say. */
export const STATEMENTS_DRAWN_UP_ON = '2026-12-01';
