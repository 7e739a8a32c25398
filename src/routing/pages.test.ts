import { describe, expect, it } from 'vitest';
import { pageFile, pageFromPath, pagePath, PAGES, type Page } from './pages';

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
});
