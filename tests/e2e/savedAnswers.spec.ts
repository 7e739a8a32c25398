/**
 * Saved answers on someone's own phone: what the form would refuse never reaches the results,
 * damage is reported, input is limited in length, digits from any script are read, and two tabs
 * keep the same answers.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, phone, screenshot } from './browser';

const STORAGE_KEY = 'rondkomen-check.v1';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Puts a save in localStorage as a reload would find it. */
async function plant(page: Page, raw: string): Promise<void> {
  await page.goto(BASE_URL);
  // Once the app has rendered, it has written its own state; the planted one comes after.
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, raw]);
  await page.reload();
}

describe('saved answers', () => {
  it('a save on the results screen that the form would refuse (age 5) leads back to that question', async () => {
    const { context, page } = await phone(browser);
    await plant(page, JSON.stringify({ answers: { woonplaats: 'heemskerk', leefvorm: 'alleen', leeftijd: '5' }, screen: 'results' }));
    await page.getByRole('heading', { level: 1, name: 'U en uw partner' }).waitFor();
    await expect(page.getByRole('heading', { level: 1, name: 'Uw uitkomst' }).count()).resolves.toBe(0);
    await context.close();
  });

  it('a damaged save is reported, and the parts that are still good are kept', async () => {
    const { context, page } = await phone(browser);
    await plant(page, JSON.stringify({ answers: { woonplaats: 'heemskerk', leeftijd: '45', inkomen: { werk: '9'.repeat(500), uitkering: '850' } }, screen: 'start' }));
    await page.getByText('Een deel van uw bewaarde antwoorden was beschadigd.').waitFor();
    await page.getByRole('button', { name: 'Ga verder waar u was' }).waitFor();
    await screenshot(page, 'saved-answers-damaged');
    const kept = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), STORAGE_KEY);
    expect(kept.answers.inkomen).toEqual({ uitkering: '850' });

    await plant(page, '{"answers":{"woonplaats":"heem');
    await page.getByText('Een deel van uw bewaarde antwoorden was beschadigd.').waitFor();
    await context.close();
  });

  it('no such message after an ordinary reload halfway through a step', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Start de check' }).click();
    await page.getByLabel('Ja, in Heemskerk').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Hoe oud bent u?').fill('45');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'U en uw partner' }).waitFor();
    await expect(page.getByText('Een deel van uw bewaarde antwoorden was beschadigd.').count()).resolves.toBe(0);
    await context.close();
  });

  it('takes at most 40 characters in a field, and an age in Arabic-Indic digits', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Start de check' }).click();
    await page.getByLabel('Ja, in Heemskerk').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    const age = page.getByLabel('Hoe oud bent u?');
    await age.fill('1'.repeat(60));
    await expect(age.inputValue()).resolves.toHaveLength(40);
    await page.getByLabel('Nee, ik woon zonder partner').check();
    await age.fill('٤٥');
    // Tapping "Volgende" first takes the focus from the field: nothing may move under the finger then.
    const next = page.getByRole('button', { name: 'Volgende' });
    const before = await next.boundingBox();
    await age.blur();
    await expect(next.boundingBox()).resolves.toEqual(before);
    await next.click();
    await page.getByRole('heading', { level: 1, name: 'Uw verblijf in Nederland' }).waitFor();
    await context.close();
  });

  it('two tabs keep the same answers: a change or a wipe in one shows in the other', async () => {
    const { context, page: first } = await phone(browser);
    await first.goto(BASE_URL);
    const second = await context.newPage();
    await second.goto(BASE_URL);
    await second.getByRole('button', { name: 'Start de check' }).waitFor();

    await first.getByRole('button', { name: 'Start de check' }).click();
    await first.getByLabel('Ja, in Heemskerk').check();
    await first.getByRole('button', { name: 'Volgende' }).click();
    await first.getByRole('heading', { level: 1, name: 'U en uw partner' }).waitFor();

    await second.getByRole('button', { name: 'Ga verder waar u was' }).waitFor();
    await second.getByRole('button', { name: 'Ga verder waar u was' }).click();
    await expect(second.getByLabel('Ja, in Heemskerk').isChecked()).resolves.toBe(true);

    await first.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
    await expect(second.getByLabel('Ja, in Heemskerk').isChecked()).resolves.toBe(false);
    expect(await first.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).not.toContain('heemskerk');
    await context.close();
  });
});
