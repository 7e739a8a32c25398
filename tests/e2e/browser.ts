/**
 * Headless Debian Chromium through playwright-core, set up for a closed network: no background
 * connections, a fresh profile per context, phone-sized viewport by default.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { TODAY } from '../fixtures/today';
import { PORT } from './serve';

export const BASE_URL = `http://127.0.0.1:${PORT}/`;
export const ARTIFACTS = 'test-artifacts';
/** The phone the issues judge screens at. */
export const PHONE_390 = { width: 390, height: 844 };

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
}

/**
 * A phone whose clock says `today` (noon UTC), never the real date: the suite's day (TEST_TODAY)
 * unless a test reproduces amounts of one period and pins that day itself.
 */
export async function phone(browser: Browser, locale = 'nl-NL', today = TODAY, viewport = { width: 360, height: 740 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale, deviceScaleFactor: 1 });
  // Timers keep running (the kiosk's idle reset); only Date is fixed.
  await context.clock.setFixedTime(new Date(`${today}T12:00:00Z`));
  // A failing step should fail fast, not wait out playwright's 30 s default.
  context.setDefaultTimeout(8_000);
  const page = await context.newPage();
  waitForAppOnNavigation(page);
  return { context, page };
}

/**
 * The pages are prerendered: their buttons are on screen before the app has taken them over and do
 * nothing until then. A person waits for the page to react; a test waits for the app's mark.
 */
function waitForAppOnNavigation(page: Page): void {
  for (const method of ['goto', 'reload'] as const) {
    const navigate = page[method].bind(page) as (...args: unknown[]) => ReturnType<Page['goto']>;
    page[method] = (async (...args: unknown[]) => {
      const response = await navigate(...args);
      // Only the app's own pages have a #root to take over; robots.txt or another site's page do not.
      await page.waitForFunction(() => document.getElementById('root') === null || document.documentElement.dataset.ready !== undefined);
      return response;
    }) as Page[typeof method];
  }
}

/** Waits until the app has hydrated (or rendered) the page: main.tsx marks <html data-ready>. */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

/** Waits until the service worker controls the page, so an offline reload can be served from it. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
  });
}

/** Waits until the check's screens, loaded in the background, have arrived (src/pwa/keepScreensOffline.ts). */
export async function checkScreensCached(page: Page): Promise<void> {
  await page.locator('html[data-screens-kept]').waitFor({ state: 'attached', timeout: 20_000 });
}

/** Waits until the service worker has cached every file of the language (dist/languages.json). */
export async function languageCached(page: Page, code: string): Promise<void> {
  await page.waitForFunction(
    async (language) => {
      const files = ((await (await fetch('/languages.json')).json()) as Record<string, string[]>)[language] ?? [];
      const cache = await caches.open('rondkomen-languages');
      return (await Promise.all(files.map((file) => cache.match(file)))).every(Boolean);
    },
    code,
    { polling: 250, timeout: 20_000 },
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // A long results page with every fold-out open takes a while to capture on a busy machine.
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true, timeout: 30_000 });
}
