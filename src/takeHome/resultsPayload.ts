/**
 * The take-home link: a results summary small enough for a QR code, opened on the inhabitant's
 * own phone without any server. It holds the peildatum, the language and, per scheme worth
 * applying for, its id and verdict: never an amount or an answer. It travels in the URL fragment
 * (after #), which browsers do not send to any server.
 *
 * What the link proves: nothing. It is a copy of a result, not a decision. Its checksum is a typing
 * check that catches a link cut short or mistyped; anyone can compute it for a link they made up.
 * The decoder still refuses what the check itself never writes (a scheme twice, a date that does
 * not exist or lies in the future, a language the app does not ship), and the page says plainly
 * that it is a copy that proves nothing.
 */
import * as z from 'zod/mini';
import { pagePath } from '../routing/pages';
import { PAYLOAD_PARAM } from './payloadFromHash';
import type { Outcome } from '../rules';

const VERSION = '1';

const VERDICT_CODES = { likely: 'l', unknown: 'u' } as const;
type SharedVerdict = keyof typeof VERDICT_CODES;

export type SharedResults = {
  peildatum: string;
  language: string;
  outcomes: { schemeId: string; verdict: SharedVerdict }[];
};

export type PayloadError =
  | 'takeHome.errors.malformed'
  | 'takeHome.errors.damaged'
  | 'takeHome.errors.unknownScheme'
  | 'takeHomeLink.errors.duplicate'
  | 'takeHomeLink.errors.noSuchDate'
  | 'takeHomeLink.errors.future'
  | 'takeHomeLink.errors.language';

/** What a link is checked against: this version's schemes and languages, and today's date. */
export type DecodeContext = { schemeIds: readonly string[]; languages: readonly string[]; today: string };

/** FNV-1a: small and stable; it detects accidents such as a link cut short, it is not a signature. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

const body = z.object({
  version: z.literal(VERSION),
  peildatum: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)),
  language: z.string().check(z.regex(/^[a-z]{2,3}$/)),
  outcomes: z
    .array(z.object({ schemeId: z.string().check(z.regex(/^[a-zA-Z]{2,40}$/)), verdict: z.enum(['likely', 'unknown']) }))
    .check(z.maxLength(60)),
});

/** Appends the checksum to a payload body. */
export function sign(text: string): string {
  return `${text}.${checksum(text)}`;
}

export function encodeResults(results: SharedResults): string {
  const entries = results.outcomes.map((o) => `${o.schemeId}-${VERDICT_CODES[o.verdict]}`).join('_');
  return sign([VERSION, results.peildatum.replaceAll('-', ''), results.language, entries].join('.'));
}

/** Whether an ISO date exists in the calendar (no 30 February). */
function existingDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The day after an ISO date: a kiosk's clock may run ahead of the phone's around midnight. */
function nextDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

export function decodeResults(payload: string, context: DecodeContext): { ok: true; results: SharedResults } | { ok: false; error: PayloadError } {
  if (payload.length > 2000) return { ok: false, error: 'takeHome.errors.malformed' };
  const parts = payload.split('.');
  if (parts.length !== 5) return { ok: false, error: 'takeHome.errors.malformed' };
  const [version, date, language, entries, sum] = parts as [string, string, string, string, string];
  if (checksum(parts.slice(0, 4).join('.')) !== sum) return { ok: false, error: 'takeHome.errors.damaged' };
  const outcomes = entries === '' ? [] : entries.split('_').map((entry) => {
    const [schemeId = '', code] = entry.split('-');
    return { schemeId, verdict: code === 'l' ? 'likely' : code === 'u' ? 'unknown' : code };
  });
  const parsed = body.safeParse({ version, peildatum: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`, language, outcomes });
  if (!parsed.success || date.length !== 8) return { ok: false, error: 'takeHome.errors.malformed' };
  const { peildatum, language: lang, outcomes: shared } = parsed.data;
  if (!existingDate(peildatum)) return { ok: false, error: 'takeHomeLink.errors.noSuchDate' };
  if (peildatum > nextDay(context.today)) return { ok: false, error: 'takeHomeLink.errors.future' };
  if (!context.languages.includes(lang)) return { ok: false, error: 'takeHomeLink.errors.language' };
  if (new Set(shared.map((o) => o.schemeId)).size !== shared.length) return { ok: false, error: 'takeHomeLink.errors.duplicate' };
  if (shared.some((o) => !context.schemeIds.includes(o.schemeId))) return { ok: false, error: 'takeHome.errors.unknownScheme' };
  return { ok: true, results: { peildatum, language: lang, outcomes: shared } };
}

/**
 * What goes into the code: what is not unlikely, and help with money only when the inhabitant
 * chose so (anyone who sees the code can read it).
 */
export function sharedOutcomes(outcomes: readonly Outcome[], withMoneyHelp: boolean): SharedResults['outcomes'] {
  return outcomes.flatMap((o) => (o.verdict === 'unlikely' || (o.kind === 'hulp' && !withMoneyHelp) ? [] : [{ schemeId: o.schemeId, verdict: o.verdict }]));
}

/**
 * The full link to put in the QR code. Its path is the prerendered take-home page in the results'
 * language (src/app/pages.ts), so the phone paints in that language before the script runs.
 */
export function resultsLink(origin: string, results: SharedResults): string {
  return `${origin}${pagePath(results.language, 'shared')}#${PAYLOAD_PARAM}=${encodeResults(results)}`;
}
