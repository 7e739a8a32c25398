/**
 * The take-home link: a results summary small enough for a QR code, opened on the inhabitant's
 * own phone without any server. It holds the peildatum, the language and, per scheme worth
 * applying for, its id and verdict: never an amount or an answer. It travels in the URL fragment
 * (after #), which browsers do not send to any server.
 *
 * A checksum catches a damaged or edited link, so a changed link shows a clear message instead
 * of someone else's (or made-up) results.
 */
import * as z from 'zod/mini';
import { pagePath } from '../app/pages';

const VERSION = '1';
export const PAYLOAD_PARAM = 'uitslag';

const VERDICT_CODES = { likely: 'l', unknown: 'u' } as const;
type SharedVerdict = keyof typeof VERDICT_CODES;

export type SharedResults = {
  peildatum: string;
  language: string;
  outcomes: { schemeId: string; verdict: SharedVerdict }[];
};

export type PayloadError = 'takeHome.errors.malformed' | 'takeHome.errors.damaged' | 'takeHome.errors.unknownScheme';

/** FNV-1a: small and stable; it detects accidents and edits, it is not a signature. */
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

export function decodeResults(payload: string, knownSchemeIds: readonly string[]): { ok: true; results: SharedResults } | { ok: false; error: PayloadError } {
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
  if (parsed.data.outcomes.some((o) => !knownSchemeIds.includes(o.schemeId))) return { ok: false, error: 'takeHome.errors.unknownScheme' };
  const { peildatum, language: lang, outcomes: shared } = parsed.data;
  return { ok: true, results: { peildatum, language: lang, outcomes: shared } };
}

/**
 * The full link to put in the QR code. Its path is the prerendered take-home page in the results'
 * language (src/app/pages.ts), so the phone paints in that language before the script runs.
 */
export function resultsLink(origin: string, results: SharedResults): string {
  return `${origin}${pagePath(results.language, 'shared')}#${PAYLOAD_PARAM}=${encodeResults(results)}`;
}

/** The payload in a location hash, if there is one. */
export function payloadFromHash(hash: string): string | null {
  const match = new RegExp(`^#${PAYLOAD_PARAM}=(.+)$`).exec(hash);
  return match ? match[1]! : null;
}
