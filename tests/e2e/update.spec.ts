import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, phone, waitForServiceWorker } from './browser';

const SERVICE_WORKER = 'dist/sw.js';

let browser: Browser;
let original: string;
beforeAll(async () => {
  browser = await launch();
  original = readFileSync(SERVICE_WORKER, 'utf8');
});
afterAll(async () => {
  writeFileSync(SERVICE_WORKER, original);
  await browser?.close();
});

describe('a new version', () => {
  it('is offered with an update notice, and loads only when the inhabitant asks', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await waitForServiceWorker(page);
    await page.getByRole('button', { name: 'Start de check' }).click();
    await page.getByLabel('Ja, in Heemskerk').check();

    // "Deploy": any byte change in the service worker is a new version to the browser.
    writeFileSync(SERVICE_WORKER, `${original}\n// next version\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie van de check.' });
    await notice.waitFor({ timeout: 15_000 });
    // Nothing reloaded by itself: the half-answered step is still there.
    await expect(page.getByLabel('Ja, in Heemskerk').isChecked()).resolves.toBe(true);

    await Promise.all([page.waitForEvent('framenavigated', { timeout: 15_000 }), notice.getByRole('button', { name: 'Nu bijwerken' }).click()]);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect(notice.count()).resolves.toBe(0);
    await context.close();
  });
});
