import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, phone, screenshot } from './browser';
import { answerGeldzaken, completeInDutch, type E2eHousehold } from './questionnaire';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const huurderMetDreigendeOntruiming: E2eHousehold = {
  heemskerk: true,
  leeftijd: 34,
  inkomen: { werk: '1.350' },
  vermogen: '0',
  huur: '780',
  dreiging: 'Ja',
  achterstanden: 'Ja',
  achterstandOp: ['Huur'],
  schulden: 'Ja',
  afbetaalbaar: 'Nee',
  deurwaarder: 'Ja',
};

/** The triage levels in the order the page shows them. */
const levelsShown = (page: Page) => page.locator('[data-triage]').evaluateAll((blocks) => blocks.map((b) => b.getAttribute('data-triage')));

async function startShortPath(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Geldzorgen? Direct hulp' }).click();
  await page.getByRole('heading', { level: 1, name: 'Rekeningen en schulden' }).waitFor();
}

describe('help now: the money-worries path', () => {
  it('a household threatened with eviction sees the urgent block first on the results page, with whom to call', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await completeInDutch(page, huurderMetDreigendeOntruiming);
    const first = page.locator('[data-triage]').first();
    await expect(first.getAttribute('data-triage')).resolves.toBe('urgent');
    // The urgent block comes before every scheme card.
    const urgentBeforeCards = await page.evaluate(() => {
      const urgent = document.querySelector('[data-triage="urgent"]')!;
      const card = document.querySelector('[data-scheme]')!;
      return Boolean(urgent.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(urgentBeforeCards).toBe(true);
    await expect(first.getByText('14 0251').first().isVisible()).resolves.toBe(true);
    await expect(page.getByText('Een deel van uw inkomen is beschermd').first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'help-urgent-nl');
    await context.close();
  });

  it('the same household in English sees the urgent block first on the short path', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await startShortPath(page);
    await answerGeldzaken(page, huurderMetDreigendeOntruiming);
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('button', { name: 'See the result' }).or(page.getByRole('button', { name: 'Next' })).first().click();
    await page.getByRole('heading', { level: 1, name: /Money worries/ }).waitFor();
    expect(await levelsShown(page)).toEqual(['urgent', 'problematischeSchulden']);
    await expect(page.locator('[data-triage="urgent"] h2').textContent()).resolves.toBe('Do this today');
    await screenshot(page, 'help-urgent-en');
    await context.close();
  });

  it('a household with arrears only sees early help and budget coaching', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await startShortPath(page);
    await answerGeldzaken(page, { achterstanden: 'Ja', achterstandOp: ['Energie (gas en stroom)'] });
    await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Geldzorgen: wat kunt u nu doen?' }).waitFor();
    expect(await levelsShown(page)).toEqual(['achterstanden']);
    const block = page.locator('[data-triage="achterstanden"]');
    await block.getByText('Wat gebeurt er als u belt?').click();
    await expect(block.getByText('Vroegsignalering', { exact: false }).first().isVisible()).resolves.toBe(true);
    await expect(block.getByText('Budgetcoaching', { exact: true }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('the same household with arrears only, in English, sees early help and budget coaching', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await startShortPath(page);
    await answerGeldzaken(page, { achterstanden: 'Ja', achterstandOp: ['Water'] });
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.getByRole('heading', { level: 1, name: /Money worries/ }).waitFor();
    expect(await levelsShown(page)).toEqual(['achterstanden']);
    const block = page.locator('[data-triage="achterstanden"]');
    await expect(block.getByText('You are behind with your water bill.', { exact: false }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('someone who skips the questions still gets a gentle offer of help', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await startShortPath(page);
    await page.getByRole('button', { name: 'Sla deze vragen over' }).click();
    await page.getByRole('heading', { level: 1, name: 'Geldzorgen: wat kunt u nu doen?' }).waitFor();
    expect(await levelsShown(page)).toEqual(['algemeen']);
    await expect(page.getByText('MET Heemskerk').first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});
