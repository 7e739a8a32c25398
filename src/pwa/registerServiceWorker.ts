/**
 * Registers the service worker that makes the app work offline after one visit. A new version
 * waits until the inhabitant chooses to load it, so nobody loses a half-filled step to a reload.
 */
import { registerSW } from 'virtual:pwa-register';

export function registerServiceWorker(onUpdateReady: (update: () => void) => void): void {
  if (!('serviceWorker' in navigator)) return;
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh: () => onUpdateReady(() => void updateServiceWorker(true)),
  });
}
