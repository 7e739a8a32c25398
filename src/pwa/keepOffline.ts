/**
 * The page's side of the languages offline (offlineLanguages.ts): it tells the service worker
 * which languages to keep and which one this device chose. Before the worker is active the
 * message waits for it; without a service worker there is nothing to keep.
 */
import { PREFERENCE_CACHE, type LanguageMessage } from './offlineLanguages';

export function keepOffline(message: LanguageMessage): void {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(message));
}

/** The kiosk keeps no choice of language: the next visitor's first paint is Dutch. */
export function forgetLanguage(): void {
  if ('caches' in window) void caches.delete(PREFERENCE_CACHE);
}
