import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORED_ITEMS } from './storedItems';

const LOCALES = join(import.meta.dirname, '../../locales');

describe('the list of what the app stores (shown in the privacy statement)', () => {
  it('names every key once', () => {
    const keys = STORED_ITEMS.map((item) => `${item.where}:${item.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('stores nothing in localStorage at the kiosk (ADR 0006)', () => {
    expect(STORED_ITEMS.filter((item) => item.where === 'localStorage' && item.modes.includes('kiosk'))).toEqual([]);
  });

  it.each(readdirSync(LOCALES))('explains every item in the %s privacy statement', (language) => {
    const { privacyStatement } = JSON.parse(readFileSync(join(LOCALES, language, 'legal.json'), 'utf8')) as { privacyStatement: { items: Record<string, string> } };
    expect(STORED_ITEMS.filter((item) => !privacyStatement.items[item.id]?.trim()).map((item) => item.id)).toEqual([]);
  });
});
