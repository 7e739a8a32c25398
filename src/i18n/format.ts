/**
 * Formats money, dates and percentages for the active language with Intl, in one place, so every
 * amount on screen is written the same way. Amounts arrive in eurocents.
 */
import type { ReasonParams } from '../rules';

/**
 * Amounts and dates are shown with Latin digits and the Gregorian calendar in every language, as on
 * the letters, bank statements and deadlines they are compared with. Persian would otherwise get
 * Persian digits and the Solar Hijri calendar ("۱۰ تیر ۱۴۰۵" for 1 July 2026); see CONTRIBUTING.md.
 *
 * Browsers ship no number data for Tigrinya and Somali: Chromium writes their amounts as the
 * device's own language does ("€ 1.561,41" on a Dutch phone, "€1,561.41" on an English one), and the
 * page prerendered at build another way, so the app could not take that page over as it was. Their
 * amounts follow their own convention (CLDR's, as the translations' examples "850.00" do), through a
 * locale every browser has.
 */
const LOCALES: Record<string, string> = {
  nl: 'nl-NL',
  en: 'en-GB',
  tr: 'tr-TR',
  ar: 'ar-u-nu-latn',
  pl: 'pl-PL',
  uk: 'uk-UA',
  fa: 'fa-u-nu-latn-ca-gregory',
  ti: 'en-GB',
  so: 'en-GB',
};
const localeOf = (language: string) => LOCALES[language] ?? language;

// "narrowSymbol": the € sign in every language; Ukrainian would otherwise print "EUR".
export function formatMoney(cents: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'EUR', currencyDisplay: 'narrowSymbol', minimumFractionDigits: cents % 100 === 0 ? 0 : 2 }).format(cents / 100);
}

/** How an amount is typed in this language, for the examples in hints and error messages. */
export function formatAmountExample(language: string): string {
  return new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 2 }).format(1250);
}

/**
 * Browsers without month names for Tigrinya and Somali (Debian's Chromium writes "2027 M12 31")
 * get the date as on a Dutch letter, "31-12-2027": the same on every device and at build time.
 */
const NUMERIC_DATES = new Set(['ti', 'so']);

export function formatDate(isoDate: string, language: string): string {
  const numeric = NUMERIC_DATES.has(language);
  const options: Intl.DateTimeFormatOptions = numeric ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
  // Noon UTC keeps the calendar day the same in every time zone.
  const parts = new Intl.DateTimeFormat(numeric ? 'nl-NL' : localeOf(language), { ...options, timeZone: 'UTC' }).formatToParts(new Date(`${isoDate}T12:00:00Z`));
  // Ukrainian ends a date with "р." (рік), which doubles the full stop at the end of a sentence.
  while (parts.at(-1)?.type === 'literal') parts.pop();
  return parts.map((part) => part.value).join('');
}

export function formatPercent(percent: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 3 }).format(percent / 100);
}

/** Turns a reason's typed parameters into display strings; terms are translated with the same params. */
export function formatParams(params: ReasonParams, language: string, translate: (key: string, values: Record<string, unknown>) => string): Record<string, string | number> {
  const plain: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') plain[name] = value;
    else if ('money' in value) plain[name] = formatMoney(value.money, language);
    else if ('date' in value) plain[name] = formatDate(value.date, language);
    else if ('percent' in value) plain[name] = formatPercent(value.percent, language);
  }
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'object' && 'term' in value) plain[name] = translate(value.term, plain);
  }
  return plain;
}

/**
 * A phone number inside a sentence, isolated left-to-right (Unicode LRI … PDI), so in Arabic the
 * digits stay in order and do not swap places with the words around them, and kept on one line.
 */
export function isolated(text: string | undefined): string {
  return text === undefined ? '' : `\u2066${text.replace(/ /g, '\u00a0')}\u2069`;
}
