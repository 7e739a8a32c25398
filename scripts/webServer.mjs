/**
 * How the built app must be served, in one place: the security headers, the caching per path and
 * which paths are the app's own pages. `npm start` (scripts/serve.mjs), the nginx configuration
 * (scripts/nginxConfig.mjs, deploy/nginx/) and the meta tag in index.html (vite.config.ts) are all
 * made from these values, so the server in production and the one in the tests cannot drift apart.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The sha256 sources of the prerendered pages' inline <style>s (their critical CSS, ADR 0012),
 * written by every production build (src/prerender/vitePlugin.ts) and committed with the nginx
 * configuration made from them, so the headers always allow exactly the styles the pages hold.
 */
export const STYLE_HASHES_FILE = fileURLToPath(new URL('../deploy/inline-style-hashes.json', import.meta.url));

/** @returns {string[]} */
export function styleHashesOfBuild() {
  return JSON.parse(readFileSync(STYLE_HASHES_FILE, 'utf8'));
}

/**
 * Only our own origin; no inline script; no inline style but the pages' own critical CSS, each
 * allowed by its hash; no plug-ins, no <base>, no form posting anywhere.
 * `frame-ancestors` is added for the HTTP header only: browsers ignore it in a meta tag.
 * @param {readonly string[]} styleHashes
 */
export const contentSecurityPolicy = (styleHashes) => [
  "default-src 'self'",
  "script-src 'self'",
  ["style-src 'self'", ...styleHashes].join(' '),
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** @param {readonly string[]} styleHashes */
export const securityHeaders = (styleHashes) => ({
  'Content-Security-Policy': `${contentSecurityPolicy(styleHashes)}; frame-ancestors 'none'`,
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The check needs none of these; a page that is never allowed them cannot be tricked into asking.
  'Permissions-Policy': 'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
});

/** The headers with the styles of the build in deploy/ (what `npm start`, nginx and the tests send). */
export const SECURITY_HEADERS = securityHeaders(styleHashesOfBuild());

/** File names with a content hash never change, so browsers may keep them for a year unasked. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else is checked with the server on every use (a cheap 304), so a new version arrives. */
export const REVALIDATE = 'no-cache';

/**
 * The addresses that answer with index.html. The other pages of the app are files of their own
 * (the prerendered /<language>/<page>/index.html); every other path is a file or a 404.
 */
export const APP_ROUTES = ['/', '/index.html'];

/**
 * The bare / is the start screen in the visitor's language: the first of the browser's first
 * NEGOTIATED_LANGUAGES languages (Accept-Language, which browsers send in order of preference) that
 * has a prerendered start page, else Dutch (index.html). Served at / itself, not redirected: a
 * redirect costs a round trip before the first paint on a slow line. Any language in locales/ has
 * its page, so no list of languages is needed here. A returning visitor's / is answered by the
 * service worker, in the language chosen on the device.
 */
export const NEGOTIATED_LANGUAGES = 3;

/** The files to try for /, in order: the start pages of the browser's first languages, then index.html. */
export function startPagesFor(acceptLanguage) {
  const codes = String(acceptLanguage ?? '')
    .split(',')
    .slice(0, NEGOTIATED_LANGUAGES)
    .map((entry) => /^\s*([a-z]{2,3})(?![a-z])/.exec(entry)?.[1])
    .filter(Boolean);
  return [...new Set(codes)].map((code) => `/${code}/index.html`).concat('/index.html');
}

/**
 * Caching and extra headers per path, first match wins. `nginx` is the location it becomes in the
 * nginx configuration (null: none of its own); `test` is the same rule for the Node server.
 */
export const PATH_RULES = [
  // Its location is the app route's (nginxConfig.mjs); its page depends on Accept-Language.
  { nginx: null, test: (path) => path === '/', cacheControl: REVALIDATE, headers: { Vary: 'Accept-Language' } },
  { nginx: '= /index.html', test: (path) => path === '/index.html', cacheControl: REVALIDATE, headers: {} },
  // The worker's scope is the whole app; it is fetched fresh so an update is found at once.
  { nginx: '= /sw.js', test: (path) => path === '/sw.js', cacheControl: REVALIDATE, headers: { 'Service-Worker-Allowed': '/' } },
  { nginx: '/assets/', test: (path) => path.startsWith('/assets/'), cacheControl: IMMUTABLE, headers: {} },
  { nginx: '~ ^/workbox-[0-9a-f]+\\.js$', test: (path) => /^\/workbox-[0-9a-f]+\.js$/.test(path), cacheControl: IMMUTABLE, headers: {} },
  { nginx: '/', test: () => true, cacheControl: REVALIDATE, headers: {} },
];

/**
 * Every header a response for this path gets, apart from the content's own.
 * @param {string} path
 * @param {Record<string, string>} security the security headers (a build passes those of its own styles)
 */
export function headersFor(path, security = SECURITY_HEADERS) {
  const rule = PATH_RULES.find((r) => r.test(path));
  return { ...security, 'Cache-Control': rule.cacheControl, ...rule.headers };
}

/** Files worth compressing ahead of time; images other than SVG are compressed already. */
export const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
