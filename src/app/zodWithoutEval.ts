/**
 * Imported first by main.tsx, before any zod schema exists.
 *
 * zod compiles object parsers with `new Function` when a page allows eval, and finds out by trying
 * once. Our Content-Security-Policy forbids eval, so that probe was refused and reported as a CSP
 * violation on every visit. Saying up front that eval is off skips the probe; parsing takes the
 * same path it already took under this policy.
 */
import { config } from 'zod/mini';

config({ jitless: true });
