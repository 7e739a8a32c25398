/**
 * Reads an amount of money as people type it, in eurocents.
 *
 * Accepts "1.234,56", "1234.56", "1234,5", "€ 1 234" and "1,234". A lone separator followed by
 * exactly three digits is a thousands separator in every shipped language; one followed by one or
 * two digits is the decimal separator. Anything else is refused rather than guessed.
 */
export type AmountResult = { ok: true; cents: number } | { ok: false; error: AmountError };
export type AmountError = 'errors.required' | 'errors.number' | 'errors.notNegative' | 'errors.tooLarge';

// A million euro: far above any limit in the check, so larger numbers are typing mistakes.
const MAX_CENTS = 100_000_000;

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
  const text = input.replace(/[\s\u00a0\u202f€]/g, '').replace(/^eur/i, '');
  if (text === '') return { ok: false, error: 'errors.required' };
  if (/^[-\u2212]/.test(text)) return /\d/.test(text) ? { ok: false, error: 'errors.notNegative' } : { ok: false, error: 'errors.number' };
  if (!/^\d[\d.,]*$/.test(text)) return { ok: false, error: 'errors.number' };
  const parts = splitDecimal(text);
  if (!parts || !/^\d+$/.test(parts.whole)) return { ok: false, error: 'errors.number' };
  const cents = Number(parts.whole) * 100 + Number(parts.fraction.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return { ok: false, error: 'errors.tooLarge' };
  return { ok: true, cents };
}

/** Reads a whole number such as an age; refuses decimals and text. */
export function parseWholeNumber(input: string): { ok: true; value: number } | { ok: false; error: 'errors.required' | 'errors.number' | 'errors.notNegative' | 'errors.wholeYears' } {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'errors.required' };
  if (/^[-\u2212]\d/.test(text)) return { ok: false, error: 'errors.notNegative' };
  if (/^\d+[.,]\d+$/.test(text)) return { ok: false, error: 'errors.wholeYears' };
  if (!/^\d{1,4}$/.test(text)) return { ok: false, error: 'errors.number' };
  return { ok: true, value: Number(text) };
}
