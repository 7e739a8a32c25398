/**
 * Fuzzing the reading of typed numbers, with digits from every script a Heemskerk keyboard may
 * produce: parseAmount and parseWholeNumber never throw, read the same amount in any script, and
 * refuse only with a message that exists in every language.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount, parseWholeNumber } from '../../src/questionnaire/parseAmount';
import { untranslatedIn } from '../fixtures/translated';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 120_000;

/** The code point of "0" in some scripts: Latin, Arabic-Indic, Persian, full-width, Devanagari, Bengali, Thai, mathematical bold. */
const ZEROS = [0x30, 0x660, 0x6f0, 0xff10, 0x966, 0x9e6, 0xe50, 0x1d7ce];
const inScript = (text: string, zero: number) => text.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));

/** Euros and cents written the ways people do: "1234,56", "1.234,56", "1,234.56", "1234". */
function written(cents: number, style: number): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  const grouped = (sep: string) => String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  switch (style) {
    case 0: return `${euros},${rest}`;
    case 1: return `${grouped('.')},${rest}`;
    case 2: return `${grouped(',')}.${rest}`;
    case 3: return `${grouped('\u066c')}\u066b${rest}`;
    default: return `€ ${euros}.${rest}`;
  }
}

/** Characters near the ones people type into a number field, from many scripts. */
const numberish = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'0123456789.,-−€ \u00a0\u066b\u066c\u060c\uff0c\uff0e\uff0d²①eE+'.split('')),
    fc.integer({ min: 0, max: 9 }).chain((d) => fc.constantFrom(...ZEROS.map((zero) => String.fromCodePoint(zero + d)))),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 24,
});

describe('parseAmount on generated input', () => {
  it('reads any amount up to a million euro the same in every digit script and writing style', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom(...ZEROS), (cents, style, zero) => {
        expect(parseAmount(inScript(written(cents, style), zero))).toEqual({ ok: true, cents });
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('never throws on anything typed, and refuses only with a translated message', () => {
    fc.assert(
      fc.property(numberish, (input) => {
        const result = parseAmount(input);
        if (result.ok) {
          expect(Number.isSafeInteger(result.cents)).toBe(true);
          expect(result.cents).toBeGreaterThanOrEqual(0);
          expect(result.cents).toBeLessThanOrEqual(100_000_000);
        } else {
          expect(untranslatedIn(result.error)).toEqual([]);
        }
        const whole = parseWholeNumber(input);
        if (!whole.ok) expect(untranslatedIn(whole.error)).toEqual([]);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('reads an age in any digit script as in Latin digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(...ZEROS), (age, zero) => {
        expect(parseWholeNumber(inScript(String(age), zero))).toEqual({ ok: true, value: age });
      }),
      RUNS,
    );
  }, TIMEOUT);
});
