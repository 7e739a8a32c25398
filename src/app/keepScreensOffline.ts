/**
 * The screens after the start screen, and the stylesheet, are not in the precache (it holds what the
 * start screen needs, ADR 0010 and 0012): the service worker keeps each chunk in a cache of its own once it is loaded
 * (SCREEN_CACHE of offlineLanguages.ts). So that a check started offline after one visit still works, the page loads the
 * check's screens in the background once the worker controls it, when the line is idle. At the
 * kiosk and for volunteers, every screen. A phone that asks to save data loads them when used.
 */
// normFigures: every screen after the start waits for the norms' figures in its texts (withNormFigures).
const CHECK_SCREENS = [
  () => import('../questionnaire/Questionnaire'),
  () => import('../questionnaire/CheckAnswers'),
  () => import('./ResultsScreen'),
  () => import('./HelpNowScreen'),
  () => import('../i18n/normFigures'),
];
const OTHER_SCREENS = [
  () => import('../catalogue/CataloguePage'),
  () => import('./SharedResultsPage'),
  () => import('../legal/AccessibilityStatement'),
  () => import('../legal/PrivacyStatement'),
  () => import('../legal/Colophon'),
];

type Connection = { saveData?: boolean };

function controlled(): Promise<void> {
  if (navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
}

/** The stylesheet: the start page paints from its inline critical CSS, the other screens need it. */
const stylesheets = () => Promise.all([...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => fetch(link.href)));

const idle = () => new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve()) : setTimeout(resolve, 1000)));

export function keepScreensOffline(every: boolean): void {
  if (!('serviceWorker' in navigator) || (navigator as Navigator & { connection?: Connection }).connection?.saveData) return;
  const screens = [stylesheets, ...CHECK_SCREENS, ...(every ? OTHER_SCREENS : [])];
  // A failed download is tried again when the screen opens, or at the next start.
  void controlled()
    .then(idle)
    .then(() => Promise.all(screens.map((load) => load())))
    // Each import resolves once its chunk and the chunks it imports have arrived.
    .then(() => void (document.documentElement.dataset.screensKept = ''))
    .catch(() => undefined);
}
