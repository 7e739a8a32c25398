/**
 * Reads an amount of money as people type it, in eurocents.
 *
 * Accepts "1.234,56", "1234.56", "1234,5", "€ 1 234" and "1,234". A lone separator followed by
 * exactly three digits is a thousands separator in every shipped language; one followed by one or
 * two digits is the decimal separator. Anything else is refused rather than guessed.
 *
 * Digits may be typed in any script: Arabic-Indic "١٢٣٤", Persian "۱۲۳۴", full-width "１２３４" (a
 * Chinese or Japanese keyboard) and every other Unicode decimal digit, and with the Arabic decimal
 * separator "٫" and thousands separator "٬", which unlike "." and "," say what they are.
 */
import { LIMITS } from '../rules';

export type AmountResult = { ok: true; cents: number } | { ok: false; error: AmountError };
export type AmountError = 'errors.required' | 'errors.number' | 'errors.notNegative' | 'errors.tooLarge';

const ARABIC_DECIMAL = '\u066b';
const ARABIC_THOUSANDS = '\u066c';

/** The value 0–9 of a Unicode decimal digit: Unicode encodes each script's digits as a run 0 to 9. */
function digitValue(digit: string): number {
  const code = digit.codePointAt(0)!;
  let zero = code;
  while (zero > 0 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return (code - zero) % 10;
}

/**
 * Every decimal digit as 0–9, and full-width signs ("，", "．", "－") as ordinary ones. Not NFKC:
 * that would also read "²" or "①" as digits, and "10²" is not 102.
 */
export function normalizeDigits(input: string): string {
  return input
    .replace(/[\uff01-\uff5e]/g, (sign) => String.fromCharCode(sign.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/\p{Nd}/gu, (digit) => String(digitValue(digit)));
}

/** "١٬٢٣٤٫٥٦": the Arabic separators cannot be mistaken for each other, so no guessing is needed. */
function splitArabic(text: string): { whole: string; fraction: string } | null {
  const match = new RegExp(`^(\\d{1,3}(?:${ARABIC_THOUSANDS}\\d{3})+|\\d+)(?:${ARABIC_DECIMAL}(\\d{1,2}))?$`).exec(text);
  return match ? { whole: match[1]!.replaceAll(ARABIC_THOUSANDS, ''), fraction: match[2] ?? '' } : null;
}

// A million euro: far above any limit in the check, so larger numbers are typing mistakes.

function splitDecimal(digits: string): { whole: string; fraction: string } | null {
  const separators = digits.match(/[.,]/g) ?? [];
  if (separators.length === 0) return { whole: digits, fraction: '' };
  const last = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
  const after = digits.slice(last + 1);
  const mixed = new Set(separators).size > 1;
  if (!mixed && separators.length > 1) {
    // "1.234.567": all thousands separators, each group three digits.
    return /^\d{1,3}([.,]\d{3})+$/.test(digits) ? { whole: digits.replace(/[.,]/g, ''), fraction: '' } : null;
  }
  if (!mixed && after.length === 3) return { whole: digits.replace(/[.,]/g, ''), fraction: '' };
  if (after.length < 1 || after.length > 2) return null;
  const whole = digits.slice(0, last);
  const other = digits[last] === ',' ? '.' : ',';
  if (!new RegExp(`^\\d{1,3}(\\${other}\\d{3})*$|^\\d+$`).test(whole)) return null;
  return { whole: whole.split(other).join(''), fraction: after };
}

export function parseAmount(input: string): AmountResult {
  const text = normalizeDigits(input).replace(/[\s\u00a0\u202f€]/g, '').replace(/^eur/i, '');
  if (text === '') return { ok: false, error: 'errors.required' };
  if (/^[-\u2212]/.test(text)) return /\d/.test(text) ? { ok: false, error: 'errors.notNegative' } : { ok: false, error: 'errors.number' };
  if (!/^\d[\d.,\u066b\u066c]*$/.test(text)) return { ok: false, error: 'errors.number' };
  const parts = /[\u066b\u066c]/.test(text) ? splitArabic(text) : splitDecimal(text);
  if (!parts || !/^\d+$/.test(parts.whole)) return { ok: false, error: 'errors.number' };
  const cents = Number(parts.whole) * 100 + Number(parts.fraction.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents) || cents > LIMITS.cents) return { ok: false, error: 'errors.tooLarge' };
  return { ok: true, cents };
}

/** Reads a whole number such as an age; refuses decimals and text. */
export function parseWholeNumber(input: string): { ok: true; value: number } | { ok: false; error: 'errors.required' | 'errors.number' | 'errors.notNegative' | 'errors.wholeYears' } {
  const text = normalizeDigits(input).trim();
  if (text === '') return { ok: false, error: 'errors.required' };
  if (/^[-\u2212]\d/.test(text)) return { ok: false, error: 'errors.notNegative' };
  if (/^\d+[.,\u066b]\d+$/.test(text)) return { ok: false, error: 'errors.wholeYears' };
  if (!/^\d{1,4}$/.test(text)) return { ok: false, error: 'errors.number' };
  return { ok: true, value: Number(text) };
}
