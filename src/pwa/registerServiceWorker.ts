/**
 * Registers the service worker that makes the app work offline after one visit. A new version
 * waits until the inhabitant chooses to load it, so nobody loses a half-filled step to a reload.
 */
import { registerSW } from 'virtual:pwa-register';

export function registerServiceWorker(onUpdateReady: (update: () => void) => void): void {
  if (!('serviceWorker' in navigator)) return;
  const updateServiceWorker = registerSW({
    immediate: true,
    // workbox-window only reloads for a version it found itself; one found by another tab or by the
    // browser's own check (a kiosk page stays open for days) would take over without a reload.
    // So the reload is ours, once the new version controls the page, whoever found it.
    onNeedReload: () => {},
    onNeedRefresh: () =>
      onUpdateReady(() => {
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        void updateServiceWorker(true);
      }),
  });
}
