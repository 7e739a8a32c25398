/**
 * Headless Debian Chromium through playwright-core, set up for a closed network: no background
 * connections, a fresh profile per context, phone-sized viewport by default.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { PORT } from './serve';

export const BASE_URL = `http://127.0.0.1:${PORT}/`;
export const ARTIFACTS = 'test-artifacts';

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
}

export async function phone(browser: Browser, locale = 'nl-NL'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale, deviceScaleFactor: 1 });
  // A failing step should fail fast, not wait out playwright's 30 s default.
  context.setDefaultTimeout(8_000);
  const page = await context.newPage();
  return { context, page };
}

/** Waits until the service worker controls the page, so an offline reload can be served from it. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // A long results page with every fold-out open takes a while to capture on a busy machine.
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true, timeout: 30_000 });
}
