/**
 * Sizes of a production build (dist/), shared by `npm run bench` and the budget test
 * (tests/e2e/budget.spec.ts), so both report the same numbers.
 *
 * kB = 1000 bytes. gzip at level 9, brotli at quality 11 (text mode), each file on its own, the way
 * a server sends them. "Initial" = the module script and the modulepreloads in index.html plus
 * everything they import statically; chunks reached only through a dynamic import() are left out.
 * "Precache" = every file the service worker (dist/sw.js) downloads on the first visit: what the
 * start screen needs, in Dutch. "Initial CSS" = the stylesheet the pages link at the end of <body>:
 * they paint from their inline critical CSS before it arrives. "Screens" = the code of the other screens, kept once loaded (a
 * phone loads the check's screens in the background, the kiosk all of them). "Languages" = what
 * each other language adds when it is chosen (dist/languages.json: its text chunks and prerendered
 * pages); the kiosk and volunteers keep them all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The budgets, in bytes. `npm test` fails when the build goes over one. */
export const BUDGETS = {
  // Issue 16: at most 120 kB, the goal 95. 102.3 kB on 2 December 2026, once reading saved answers
  // (zod) and the take-home decoder loaded on demand (src/app/startOnDemand.ts); 108.9 kB before. The margin is 3 kB, so a regression fails.
  initialJsGzip: 105_000,
  // Issue 16: 500 kB for a phone with one language. 460 kB on 1 December 2026 once the start page
  // painted from its inline critical CSS and the stylesheet and Dutch's second copy of the start
  // page left the precache (ADR 0012).
  precacheRaw: 500_000,
  /**
   * The kiosk with ten languages: the precache, every screen, the languages shipped and, for each
   * language still to come, the largest one again. 2.31 MB on 1 December 2026 with nine languages
   * (each prerendered page carries its own critical CSS, about 14 kB, two pages a language). Counting
   * every shipped language as the largest (Ukrainian, two bytes a letter) overstated it at 2.59 MB.
   */
  kioskTenLanguagesRaw: 2_500_000,
};
export const KIOSK_LANGUAGES = 10;

/** @param {Buffer} buffer */
export function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** The attributes of every `<tag …>` in an HTML text, lower-cased names. */
export function tagsIn(html, tag) {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))].map((match) =>
    Object.fromEntries([...match[1].matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map((a) => [a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? ''])),
  );
}

/** A root-relative URL of the site ("/assets/x.js", "assets/x.js") as a path relative to dist. */
const toDistPath = (url) => posix.normalize(url.replace(/^\//, '').split(/[?#]/)[0]);

// import x from "./a.js", import{a as b}from"./a.js", import"./a.js", export{…}from"./a.js".
// A dynamic import("./a.js") has a parenthesis after `import` and does not match.
const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** The JS and CSS a browser loads before the app can render, as paths relative to dist. */
export function initialFiles(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entries = [
    ...tagsIn(html, 'script').filter((a) => a.type === 'module' && a.src).map((a) => a.src),
    ...tagsIn(html, 'link').filter((a) => a.rel === 'modulepreload' && a.href).map((a) => a.href),
  ].map(toDistPath);
  const css = tagsIn(html, 'link')
    .filter((a) => a.rel === 'stylesheet' && a.href)
    .map((a) => toDistPath(a.href));
  const js = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop();
    if (js.has(file)) continue;
    js.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) queue.push(posix.join(posix.dirname(file), match[1]));
  }
  return { js: [...js].sort(), css: [...new Set(css)].sort() };
}

/** The URLs the service worker precaches, relative to dist, without duplicates. */
export function precacheEntries(distDir) {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/["']?\burl["']?\s*:\s*"([^"]+)"/g)].map((m) => toDistPath(m[1]));
  if (urls.length === 0) throw new Error(`No precache entries found in ${join(distDir, 'sw.js')}`);
  return [...new Set(urls)].sort();
}

function total(distDir, files) {
  const perFile = files.map((file) => ({ file, ...compressedSizes(readFileSync(join(distDir, file))) }));
  const sum = (key) => perFile.reduce((n, f) => n + f[key], 0);
  return { files: perFile, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

/** Each language's files beyond the precache (dist/languages.json), relative to dist. */
export function languageEntries(distDir) {
  const files = JSON.parse(readFileSync(join(distDir, 'languages.json'), 'utf8'));
  const precached = new Set(precacheEntries(distDir));
  return Object.fromEntries(Object.entries(files).map(([code, urls]) => [code, urls.map(toDistPath).filter((file) => !precached.has(file))]));
}

/** The code of the screens after the start screen: the app's chunks that are neither precached nor texts. */
export function screenEntries(distDir) {
  const precached = new Set(precacheEntries(distDir));
  return readdirSync(join(distDir, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name) && !name.startsWith('locale-'))
    .map((name) => `assets/${name}`)
    .filter((file) => !precached.has(file))
    .sort();
}

/** Everything the bench prints and the budget test checks. */
export function measure(distDir = 'dist') {
  const dir = resolve(distDir);
  const initial = initialFiles(dir);
  const precache = precacheEntries(dir);
  const languages = Object.fromEntries(Object.entries(languageEntries(dir)).map(([code, files]) => [code, total(dir, files)]));
  const precacheTotal = total(dir, precache);
  const screens = total(dir, screenEntries(dir));
  const largest = Math.max(...Object.values(languages).map((language) => language.raw));
  return {
    dir: relative(process.cwd(), dir) || '.',
    initialJs: total(dir, initial.js),
    initialCss: total(dir, initial.css),
    precache: precacheTotal,
    screens,
    languages,
    kioskTenLanguagesRaw: precacheTotal.raw + screens.raw + Object.values(languages).reduce((n, language) => n + language.raw, 0) + (KIOSK_LANGUAGES - Object.keys(languages).length) * largest,
  };
}

/** Each budget with the measured value; `ok` is false when the build is over it. */
export function checkBudgets(sizes) {
  return [
    { name: 'initial JS (gzip)', actual: sizes.initialJs.gzip, limit: BUDGETS.initialJsGzip },
    { name: 'precache, the start screen in Dutch (raw)', actual: sizes.precache.raw, limit: BUDGETS.precacheRaw },
    { name: `kiosk with ${KIOSK_LANGUAGES} languages (raw)`, actual: sizes.kioskTenLanguagesRaw, limit: BUDGETS.kioskTenLanguagesRaw },
  ].map((budget) => ({ ...budget, ok: budget.actual <= budget.limit }));
}

/** 123456 → "123.5 kB" (kB = 1000 bytes). */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
