/**
 * i18next set-up. Each language is its own chunk, loaded on demand; the service worker precaches
 * them all so a language switch works offline. Dutch is the source and the fallback.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, directionOf, type LanguageCode } from './languages';

const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/translation.json');

async function load(code: LanguageCode): Promise<void> {
  if (i18n.hasResourceBundle(code, 'translation')) return;
  const loader = loaders[`../../locales/${code}/translation.json`];
  if (!loader) return;
  const bundle = await loader();
  i18n.addResourceBundle(code, 'translation', bundle.default, true, true);
}

export async function initI18n(code: LanguageCode): Promise<typeof i18n> {
  await i18n.use(initReactI18next).init({
    lng: code,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: {},
    // React escapes output itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await changeLanguage(code);
  return i18n;
}

export async function changeLanguage(code: LanguageCode): Promise<void> {
  await Promise.all([load(code), load(DEFAULT_LANGUAGE)]);
  await i18n.changeLanguage(code);
  document.documentElement.lang = code;
  document.documentElement.dir = directionOf(code);
}
