/**
 * How the built app must be served, in one place: the security headers, the caching per path and
 * which paths are the app's own pages. `npm start` (scripts/serve.mjs), the nginx configuration
 * (scripts/nginxConfig.mjs, deploy/nginx/) and the meta tag in index.html (vite.config.ts) are all
 * made from these values, so the server in production and the one in the tests cannot drift apart.
 */

/**
 * Only our own origin; no inline script or style; no plug-ins, no <base>, no form posting anywhere.
 * `frame-ancestors` is added for the HTTP header only: browsers ignore it in a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The check needs none of these; a page that is never allowed them cannot be tricked into asking.
  'Permissions-Policy': 'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

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

/** Every header a response for this path gets, apart from the content's own. */
export function headersFor(path) {
  const rule = PATH_RULES.find((r) => r.test(path));
  return { ...SECURITY_HEADERS, 'Cache-Control': rule.cacheControl, ...rule.headers };
}

/** Files worth compressing ahead of time; images other than SVG are compressed already. */
export const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
