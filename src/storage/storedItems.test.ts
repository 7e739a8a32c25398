import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODES } from '../modes/modes';
import { STORED_ITEMS } from './storedItems';

const LOCALES = join(import.meta.dirname, '../../locales');

describe('the list of what the app stores (shown in the privacy statement)', () => {
  it('names every key once', () => {
    const keys = STORED_ITEMS.map((item) => `${item.where}:${item.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(['kiosk', 'vrijwilliger'] as const)('keeps nothing of a visitor in %s mode, only the mode staff confirmed (ADR 0006, ADR 0008)', (mode) => {
    expect(MODES[mode].persist).toBe(false);
    expect(STORED_ITEMS.filter((item) => item.modes.includes(mode)).map((item) => item.id)).toEqual(['mode', 'mode']);
  });

  it('keeps the visitor\'s answers, language and easy-read on their own phone, the language also for the service worker', () => {
    expect(STORED_ITEMS.filter((item) => item.modes.includes('inwoner') && item.id !== 'mode').map((item) => `${item.where}:${item.id}`)).toEqual([
      'localStorage:answers',
      'localStorage:language',
      'localStorage:easyRead',
      'cacheStorage:languageOffline',
    ]);
  });

  it.each(readdirSync(LOCALES))('explains every item in the %s privacy statement', (language) => {
    const { privacyStatement } = JSON.parse(readFileSync(join(LOCALES, language, 'legal.json'), 'utf8')) as { privacyStatement: { items: Record<string, string> } };
    expect(STORED_ITEMS.filter((item) => !privacyStatement.items[item.id]?.trim()).map((item) => item.id)).toEqual([]);
  });
});
