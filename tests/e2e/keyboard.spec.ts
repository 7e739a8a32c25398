/**
 * The whole check with a keyboard only: Tab and Shift+Tab to move, Space to tick, arrow keys
 * within a radio group, Enter to press a button, and typing. No clicks. Every element that gets
 * focus must show it, and a step sent with missing answers must be announced.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, phone, screenshot } from './browser';
import { verdictOf } from './questionnaire';

type Focus = {
  tag: string;
  type: string | null;
  id: string;
  /** The label (form fields) or the text (buttons, links, summaries). */
  name: string;
  checked: boolean | null;
  /**
   * How well the focus ring stands out: the contrast of its outline or box-shadow colour against
   * the background around the element (WCAG 1.4.11 asks 3:1). 0 when there is no ring.
   */
  ringContrast: number;
  ring: string;
  inViewport: boolean;
};

async function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const rgb = (color: string): number[] | null => {
      const m = /rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)/.exec(color);
      if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) return null;
      return [m[1], m[2], m[3]].map(Number);
    };
    const luminance = ([r, g, b]: number[]) =>
      [r!, g!, b!].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const contrast = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', type: null, id: '', name: '', checked: null, ringContrast: 0, ring: 'none', inViewport: false };
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    const style = getComputedStyle(el);
    let around = [255, 255, 255];
    for (let a = el.parentElement; a; a = a.parentElement) {
      const color = rgb(getComputedStyle(a).backgroundColor);
      if (color) {
        around = color;
        break;
      }
    }
    const rings = [
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? style.outlineColor : null,
      style.boxShadow !== 'none' ? /rgba?\([^)]*\)/.exec(style.boxShadow)?.[0] ?? null : null,
    ].flatMap((color) => (color && rgb(color) ? [rgb(color)!] : []));
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type'),
      id: el.id,
      name: label.trim().replace(/\s+/g, ' '),
      checked: input.type === 'radio' || input.type === 'checkbox' ? input.checked : null,
      ringContrast: Math.max(0, ...rings.map((ring) => contrast(ring, around))),
      ring: `outline ${style.outline}, box-shadow ${style.boxShadow}, on rgb(${around.join(', ')})`,
      inViewport: box.bottom > 0 && box.top < window.innerHeight && box.width > 0,
    };
  });
}

type Target = string | RegExp | ((f: Focus) => boolean);
const matches = (f: Focus, target: Target) =>
  typeof target === 'function' ? target(f) : typeof target === 'string' ? f.name === target : target.test(f.name);

/**
 * Presses Tab (or Shift+Tab) until the target has focus. Every stop on the way must show its
 * focus ring clearly (3:1 against its surroundings) and be scrolled into view.
 */
async function tabTo(page: Page, target: Target, { backwards = false } = {}): Promise<Focus> {
  const visited: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const f = await focus(page);
    visited.push(`${f.tag}#${f.id} "${f.name}"`);
    expect(f.ringContrast, `focus ring of ${visited.at(-1)} stands out 3:1 (${f.ring})`).toBeGreaterThanOrEqual(3);
    expect(f.inViewport, `focused ${visited.at(-1)} is scrolled into view`).toBe(true);
    if (matches(f, target)) return f;
  }
  throw new Error(`Tab never reached ${String(target)}; visited: ${visited.join(' → ')}`);
}

/** In a radio group that has focus, the arrow keys move to and select an option. */
async function arrowTo(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 6; i++) {
    const f = await focus(page);
    if (f.name === label) {
      if (!f.checked) await page.keyboard.press('Space');
      expect((await focus(page)).checked).toBe(true);
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No option "${label}" in this radio group`);
}

async function choose(page: Page, firstOption: string, option: string = firstOption): Promise<void> {
  await tabTo(page, firstOption);
  await arrowTo(page, option);
}

async function type(page: Page, label: Target, text: string): Promise<void> {
  await tabTo(page, label);
  await page.keyboard.type(text);
}

async function tick(page: Page, target: Target): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Space');
  expect((await focus(page)).checked).toBe(true);
}

async function press(page: Page, button: Target): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

async function heading(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  // The app moves focus to the new heading, so the next Tab starts at the top of the step.
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('keyboard only', () => {
  it('completes the whole check without a mouse, with visible focus and announced errors', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await page.getByRole('heading', { level: 1 }).waitFor();

    // The first Tab reaches the skip link, which shows itself and jumps over the header.
    const skip = await tabTo(page, 'Naar de inhoud');
    expect(skip.tag).toBe('a');
    await page.keyboard.press('Enter');
    expect((await focus(page)).id).toBe('main');
    // Back through the header's controls, then on to the start button.
    expect((await tabTo(page, 'Taal', { backwards: true })).tag).toBe('select');
    await press(page, 'Start de check');

    await heading(page, 'Waar woont u?');
    await choose(page, 'Ja, in Heemskerk');
    await press(page, 'Volgende');

    await heading(page, 'U en uw partner');
    // Sending the step empty: the live region says so, and focus goes to the first question to fix.
    const alert = page.locator('[role="alert"]');
    expect(await alert.count()).toBe(1);
    await expect(alert.textContent()).resolves.toBe('');
    await press(page, 'Volgende');
    await expect.poll(() => alert.textContent()).toMatch(/Er zijn 2 antwoorden die nog niet kloppen/);
    expect(await alert.getAttribute('aria-live')).toBe('assertive');
    expect((await focus(page)).name).toBe('Nee, ik woon zonder partner');
    const age = page.getByLabel('Hoe oud bent u?');
    const describedBy = (await age.getAttribute('aria-describedby')) ?? '';
    expect(await age.getAttribute('aria-invalid')).toBe('true');
    await expect(page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent()).resolves.toBe('Vul dit in.');

    await arrowTo(page, 'Nee, ik woon zonder partner');
    await type(page, 'Hoe oud bent u?', '45');
    // Shift+Tab goes back to the group, which keeps its answer.
    expect((await tabTo(page, 'Nee, ik woon zonder partner', { backwards: true })).checked).toBe(true);
    await press(page, 'Volgende');

    await heading(page, 'Uw verblijf in Nederland');
    await choose(page, 'Nederlandse nationaliteit');
    await press(page, 'Volgende');

    await heading(page, 'Kinderen');
    await type(page, 'Hoeveel kinderen jonger dan 18 wonen bij u?', '0');
    await press(page, 'Volgende');

    await heading(page, 'Andere mensen in uw huis');
    await type(page, 'Hoeveel andere mensen van 27 jaar of ouder wonen bij u?', '0');
    await press(page, 'Volgende');

    await heading(page, 'Werk en studie');
    await choose(page, 'Ja', 'Nee'); // own business
    await choose(page, 'Ja', 'Nee'); // studiefinanciering
    await press(page, 'Volgende');

    await heading(page, 'Inkomen');
    await tick(page, 'Uitkering');
    await type(page, 'Uitkering, netto per maand', '1.419,46');
    await tick(page, (f) => f.id === 'q-toetsingsinkomenOnbekend');
    await choose(page, 'Ja'); // bijstand
    await choose(page, 'Ja, 3 jaar of langer');
    await press(page, 'Volgende');

    await heading(page, 'Spaargeld en bezit');
    await type(page, 'Hoeveel geld heeft u op de bank en gespaard, samen?', '1200');
    await press(page, 'Volgende');

    await heading(page, 'Wonen');
    await choose(page, 'Ik huur een huis');
    await type(page, 'Hoeveel huur betaalt u per maand?', '650');
    await press(page, 'Volgende');

    await heading(page, 'Rekeningen en schulden');
    // However many questions this step has: Tab to each open one and answer "Nee".
    while ((await tabTo(page, (f) => (f.type === 'radio' && !f.checked) || f.name === 'Volgende')).type === 'radio') await arrowTo(page, 'Nee');
    await page.keyboard.press('Enter');

    await heading(page, 'Wat krijgt u al?');
    await tick(page, 'Geen van deze');
    await press(page, 'Volgende');
    await heading(page, 'Controleer uw antwoorden');
    await press(page, 'Bekijk de uitkomst');

    await heading(page, 'Uw uitkomst');
    expect(await verdictOf(page, 'algemeneBijstand')).toBe('likely');
    expect(await verdictOf(page, 'minimaregelingen')).toBe('likely');
    // A fold-out opens with Enter.
    await press(page, 'Hoe vraagt u het aan?');
    expect(await page.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement).open)).toBe(true);
    await screenshot(page, 'keyboard-results-nl');
    await context.close();
  });
});
