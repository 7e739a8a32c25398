/**
 * Privacy and security of the production build: during a whole check the app talks only to its own
 * origin, no answer ends up in a URL, the Content-Security-Policy allows no inline script or style,
 * and nothing breaks it (no console error, no CSP violation).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tagsIn } from '../../scripts/measure.mjs';
import { BASE_URL, launch, phone, waitForServiceWorker } from './browser';
import { completeInDutch, verdictOf, type E2eHousehold } from './questionnaire';

// Figures that appear nowhere in the app itself, so finding one in a URL can only mean a leak.
const household: E2eHousehold = {
  heemskerk: true,
  leeftijd: 47,
  partnerLeeftijd: 43,
  kinderen: [9],
  inkomen: { werk: '1.387,23', overig: '213,57' },
  brutoPerJaar: '31.975',
  vermogen: '2.846,19',
  huur: '731,42',
};

/** Each answer as typed and as a program might encode it: "1.387,23" → 1387,23 / 1387.23 / 138723 / 1387. */
function spellings(typed: string): string[] {
  const digits = typed.replace(/\D/g, '');
  const [euros, cents] = typed.replace(/\./g, '').split(',');
  return [...new Set([typed, digits, euros!, ...(cents ? [`${euros},${cents}`, `${euros}.${cents}`] : [])])];
}

const ANSWERS = [
  String(household.leeftijd),
  String(household.partnerLeeftijd),
  ...Object.values(household.inkomen),
  household.brutoPerJaar!,
  household.vermogen,
  household.huur!,
].flatMap(spellings);

/** The answer a URL contains, as a whole token: "47" in "?age=47" counts, in "index-Dzeb47Lv.js" it does not. */
function answerIn(url: string): string | undefined {
  const decoded = decodeURIComponent(url);
  return ANSWERS.find((answer) => new RegExp(`(?<![\\w])${answer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`).test(decoded));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('privacy and security', () => {
  it('a whole check requests only files from its own origin, with no answer in any URL, and no console error or CSP violation', async () => {
    const { context, page } = await phone(browser);
    const requests: Request[] = [];
    // On the context, so the service worker's own fetches (the precache) are recorded too.
    context.on('request', (request) => requests.push(request));
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await context.exposeBinding('reportCspViolation', (_source, text: string) => problems.push(`CSP violation: ${text}`));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
        void report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
      });
    });

    await page.goto(BASE_URL);
    await waitForServiceWorker(page);
    await completeInDutch(page, household);
    expect(await verdictOf(page, 'algemeneBijstand')).not.toBeNull();
    // Switching language loads that language's files: also only from here.
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();
    await context.close();

    const origin = new URL(BASE_URL).origin;
    const network = requests.filter((r) => !/^(data|blob):/.test(r.url()));
    expect(network.length).toBeGreaterThan(5);
    expect(network.filter((r) => new URL(r.url()).origin !== origin).map((r) => r.url())).toEqual([]);
    expect(network.filter((r) => r.method() !== 'GET' || r.postData() !== null).map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
    expect(network.flatMap((r) => (answerIn(r.url()) ? [`${answerIn(r.url())} in ${r.url()}`] : []))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('finds an answer in a URL when there is one (the check above can fail)', () => {
    expect(answerIn(`${BASE_URL}?leeftijd=47`)).toBe('47');
    expect(answerIn(`${BASE_URL}log?huur=731.42`)).toBeDefined();
    expect(answerIn(`${BASE_URL}#inkomen=1.387,23`)).toBeDefined();
    expect(answerIn(`${BASE_URL}assets/ResultsPage-Dzeb47Lv.js`)).toBeUndefined();
  });

  describe('the built index.html', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const csp = tagsIn(html, 'meta').find((meta) => meta['http-equiv']?.toLowerCase() === 'content-security-policy')?.content?.replace(/&#39;/g, "'");

    it('sets a Content-Security-Policy that allows only its own scripts and styles (and its inline critical CSS by hash)', () => {
      expect(csp).toBeDefined();
      const directives = Object.fromEntries(csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(directives['script-src']).toEqual(["'self'"]);
      // Beside its own files, only the pages' critical CSS, each style by its hash (ADR 0012).
      expect(directives['style-src']![0]).toBe("'self'");
      expect(directives['style-src']!.slice(1).every((source: string) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))).toBe(true);
      expect(directives['object-src']).toEqual(["'none'"]);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    });

    it('has no inline script and no inline event handler', () => {
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [tag, attributes, body] of scripts) {
        expect(attributes, tag).toMatch(/\bsrc=/);
        expect(body!.trim(), tag).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/\sstyle\s*=/i);
    });
  });
});
