/** Money, dates and example amounts per language (issue 17: Ukrainian "р..", "EUR", the "1.250,00" hint). */
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../questionnaire/parseAmount';
import { formatAmountExample, formatDate, formatMoney } from './format';

describe('formatMoney', () => {
  it('shows the € sign in Ukrainian, not "EUR"', () => {
    expect(formatMoney(125_000, 'uk')).toMatch(/^1\s250\s€$/u);
  });

  it.each(['nl', 'en', 'tr', 'ar', 'pl', 'uk', 'fa', 'ti', 'so'])('writes %s amounts with Latin digits and €', (language) => {
    const text = formatMoney(123_456, language);
    expect(text).toContain('€');
    expect(text.replace(/\D/g, '')).toBe('123456');
    expect(text).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
  });

  // Browsers have no number data for them: without a locale of their own they would follow the device.
  it.each(['ti', 'so'])('writes %s amounts in that language\'s own convention, the same on every device and at build time', (language) => {
    expect(formatMoney(156_141, language)).toBe('€1,561.41');
    expect(formatMoney(800_000, language)).toBe('€8,000');
  });
});

describe('formatDate', () => {
  it('ends a Ukrainian date on the year, so a sentence ending in a date has one full stop', () => {
    expect(formatDate('2026-07-01', 'uk')).toBe('1 липня 2026');
  });

  it('writes Persian dates in the Gregorian calendar with Latin digits, as on Dutch letters', () => {
    const date = formatDate('2026-07-01', 'fa');
    expect(date).toMatch(/^1 \S+ 2026$/u);
    expect(date).not.toMatch(/[\u06f0-\u06f9]|1405/);
  });

  // Chromium has no month names for them: numbers, as on a Dutch letter, the same in Node and the browser.
  it.each(['ti', 'so'])('writes %s dates as on a Dutch letter, in Latin digits', (language) => {
    expect(formatDate('2026-07-01', language)).toBe('01-07-2026');
  });
});

describe('formatAmountExample', () => {
  it.each([
    ['nl', '1.250,00'],
    ['tr', '1.250,00'],
    ['en', '1,250.00'],
    ['ar', '1,250.00'],
    ['fa', '1,250.00'],
    ['pl', '1250,00'],
    ['ti', '1,250.00'],
    ['so', '1,250.00'],
  ])('shows the example amount in %s as %s, the way amounts display in that language', (language, example) => {
    expect(formatAmountExample(language)).toBe(example);
  });

  it('shows the Ukrainian example with a space between thousands', () => {
    expect(formatAmountExample('uk')).toMatch(/^1\s250,00$/u);
  });

  it.each(['nl', 'en', 'tr', 'ar', 'pl', 'uk', 'fa', 'ti', 'so'])('shows an example in %s that the amount field accepts as € 1.250', (language) => {
    expect(parseAmount(formatAmountExample(language))).toEqual({ ok: true, cents: 125_000 });
  });
});
