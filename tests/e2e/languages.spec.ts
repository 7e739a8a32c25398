import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BASE_URL, launch, phone, screenshot } from './browser';
import { bijstandAnswers, completeByFieldNames, verdictOf } from './questionnaire';

const arabic = JSON.parse(readFileSync('locales/ar/translation.json', 'utf8')) as { results: { title: string } };
const arabicSchemes = JSON.parse(readFileSync('locales/ar/schemes.json', 'utf8')) as { schemes: Record<string, { summary: string }> };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('languages and easy-read', () => {
  it('an inhabitant completes the check in Arabic, right to left, and reads a translated result', async () => {
    const { context, page } = await phone(browser, 'ar');
    await page.goto(BASE_URL);
    await page.locator('h1').first().waitFor();
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ar');
    await page.locator('main .utrecht-button--primary-action').first().click();
    await completeByFieldNames(page, bijstandAnswers);
    await page.getByRole('heading', { level: 1, name: arabic.results.title }).waitFor();
    expect(await verdictOf(page, 'minimaregelingen')).toBe('likely');
    await page.getByText(arabicSchemes.schemes.minimaregelingen!.summary).first().waitFor();
    // Scheme names stay Dutch, marked as such for screen readers.
    await expect(page.locator('[data-scheme="minimaregelingen"] [lang="nl"]').first().textContent()).resolves.toContain('Iedereen doet mee');
    await screenshot(page, 'results-ar');
    await context.close();
  });

  it('an inhabitant completes the check in easy-read Dutch, one question per screen', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Makkelijk lezen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Krijg ik hulp met geld?' }).waitFor();
    await page.getByRole('button', { name: 'Start de check' }).click();
    const perScreen = await completeByFieldNames(page, bijstandAnswers);
    expect(Math.max(...perScreen)).toBe(1);
    await page.getByRole('heading', { level: 1, name: 'Dit is er voor u' }).waitFor();
    await expect(page.locator('html').getAttribute('class')).resolves.toContain('easy-read');
    await screenshot(page, 'results-easy-read-nl');
    await context.close();
  });

  it('read-aloud says so calmly when the device has no voice for the language (headless Chromium has none)', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Lees voor' }).click();
    await page.getByRole('status').filter({ hasText: 'Dit apparaat heeft geen stem voor deze taal.' }).waitFor();
    await expect(page.getByRole('button', { name: 'Lees voor' }).getAttribute('aria-pressed')).resolves.toBe('false');
    await context.close();
  });

  it('reads the screen aloud in the chosen language when a voice exists', async () => {
    const { context, page } = await phone(browser);
    // A stand-in voice: the real ones need an audio device this machine does not have.
    await page.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      Object.assign(window, { spoken });
      const voice = { lang: 'nl-NL', name: 'Test', default: true, localService: true, voiceURI: 'test' };
      // The real utterance only accepts a real voice, so the stand-in brings its own utterance too.
      class Utterance {
        lang = '';
        voice: unknown = null;
        constructor(readonly text: string) {}
      }
      Object.assign(window, { SpeechSynthesisUtterance: Utterance });
      Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [voice] });
      Object.defineProperty(window.speechSynthesis, 'speak', { value: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }) });
    });
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Lees voor' }).click();
    await page.getByRole('button', { name: 'Stop voorlezen' }).waitFor();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
    expect(spoken[0]?.lang).toBe('nl-NL');
    expect(spoken[0]?.text).toContain('Welke regelingen en hulp zijn er voor u?');
    await context.close();
  });
});
