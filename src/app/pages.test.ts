import { describe, expect, it } from 'vitest';
import { PAGE_NAVIGATION, pageFile, pageFromPath, pageOf, pagePath, PAGES, type Page } from './pages';

describe('the addresses of the prerendered pages', () => {
  it.each(Object.keys(PAGES) as Page[])('%s: the address, the file and the way back agree', (page) => {
    expect(pageFromPath(pagePath('ar', page))).toEqual({ language: 'ar', page });
    expect(pageFromPath(`/${pageFile('ar', page)}`)).toEqual({ language: 'ar', page });
  });

  it('the bare / and other addresses name no page (the device chooses there)', () => {
    for (const path of ['/', '/index.html', '/ar', '/ar/onbekend/', '/assets/index.js', '/ar/regelingen/extra/', '/AR/']) expect(pageFromPath(path), path).toBeNull();
  });

  it('an address holds a language and a screen, never an answer', () => {
    for (const page of Object.keys(PAGES) as Page[]) expect(pagePath('nl', page)).toMatch(/^\/nl\/([a-z]+\/)?$/);
  });

  it('each page is found back from the screen it opens, and a screen after an answer has no page', () => {
    for (const page of ['start', 'catalogue', 'help'] as const) expect(pageOf(PAGE_NAVIGATION[page])).toBe(page);
    expect(pageOf({ screen: 'questions', stepId: 'woonplaats', flow: 'check' })).toBeNull();
    expect(pageOf({ screen: 'questions', stepId: 'geldzaken', flow: 'check' })).toBeNull();
    expect(pageOf({ screen: 'results' })).toBeNull();
  });
});
