/**
 * A language chosen on screen (the header's list or the start screen's links): shown at once,
 * remembered on this device and, outside the kiosk, kept offline and in the address, so the next
 * visit's first paint is already in this language.
 */
import { changeLanguage } from '../i18n/i18n';
import { saveLanguage } from '../i18n/languagePreference';
import type { LanguageCode } from '../i18n/languages';
import type { Mode } from '../modes/modes';
import { keepOffline } from '../pwa/keepOffline';
import { pagePath } from '../routing/pages';

export function chooseLanguage(code: LanguageCode, storage: Storage | undefined, mode: Mode): Promise<void> {
  saveLanguage(storage, code);
  if (mode.persist) {
    keepOffline({ type: 'remember-language', language: code });
    window.history.replaceState(window.history.state, '', pagePath(code, 'start') + window.location.hash);
  }
  return changeLanguage(code);
}
