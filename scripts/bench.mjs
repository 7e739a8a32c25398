/**
 * `npm run bench`: builds for production and prints
 *   1. the initial JS and CSS, gzip -9 and brotli q11, and the precache (scripts/measure.mjs, the
 *      same code as the budget test);
 *   2. how long the rule engine takes for 10,000 random valid households (the generator of the
 *      property tests, bundled with src/rules by Vite);
 *   3. the cold first visit and the repeat visit (served by the service worker) of the app and of a
 *      reference app on the same stack (bench/reference/: React rendered on the client, i18next,
 *      react-hook-form, zod/mini, a service worker), loaded in turn in headless Chromium on slow 4G
 *      (150 ms, 1.6 Mbps down, 750 kbps up) with the CPU slowed down 4×, median of 7 rounds, from
 *      `vite preview` on 127.0.0.1: FCP, LCP, layout shift, load event and bytes on the wire, with
 *      the app's ratios to the reference.
 * Timings are only printed; the size budgets are enforced by tests/e2e/budget.spec.ts.
 * Everything it builds goes to node_modules/.cache/rondkomen-bench/, not to dist/.
 */
import { rmSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { checkBudgets, kB, KIOSK_LANGUAGES, measure } from './measure.mjs';

// Its own build and bundle, away from dist/: a test run may rebuild dist/ while the bench serves it.
const WORK_DIR = resolve('node_modules/.cache/rondkomen-bench');
const APP_DIR = `${WORK_DIR}/app`;
const ENGINE_DIR = `${WORK_DIR}/engine`;
const REFERENCE_DIR = `${WORK_DIR}/reference`;
const HOUSEHOLDS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// BENCH_PORT moves the two preview servers (the app, the reference) when the default ports are taken.
const BENCH_PORT = Number(process.env.BENCH_PORT ?? 4319);
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => (value === null || value === undefined ? '–' : `${Math.round(value)} ms`);
const row = (cells, widths) => cells.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join('  ');

async function sizes() {
  console.log(`Building for production (vite build) into ${relative(process.cwd(), APP_DIR)}…`);
  await build({ logLevel: 'warn', build: { outDir: APP_DIR, emptyOutDir: true } });
  const m = measure(APP_DIR);
  const widths = [22, 12, 12, 12];
  console.log(`\nSizes of ${m.dir}/ (kB = 1000 bytes; each file compressed on its own)`);
  console.log(row(['', 'raw', 'gzip -9', 'brotli 11'], widths));
  for (const [name, total] of [
    [`initial JS (${m.initialJs.files.length} files)`, m.initialJs],
    [`initial CSS (${m.initialCss.files.length} file${m.initialCss.files.length === 1 ? '' : 's'})`, m.initialCss],
    [`precache (${m.precache.files.length} files)`, m.precache],
    [`+ other screens (${m.screens.files.length})`, m.screens],
    ...Object.entries(m.languages).filter(([, total]) => total.files.length > 0).map(([code, total]) => [`+ ${code} when chosen (${total.files.length})`, total]),
  ]) {
    console.log(row([name, kB(total.raw), kB(total.gzip), kB(total.brotli)], widths));
  }
  console.log(`kiosk with ${KIOSK_LANGUAGES} languages (the precache, every screen and nine times the largest language): ${kB(m.kioskTenLanguagesRaw)} raw`);
  console.log(`initial JS: ${m.initialJs.files.map((f) => `${f.file} ${kB(f.gzip)}`).join(', ')}`);
  for (const budget of checkBudgets(m)) {
    console.log(`budget ${budget.name}: ${kB(budget.actual)} of ${kB(budget.limit)} ${budget.ok ? 'OK' : 'OVER BUDGET'}`);
  }
  return m;
}

async function engine() {
  // Bundle the rules and the household generator into plain JS that Node can import.
  const outDir = ENGINE_DIR;
  rmSync(outDir, { recursive: true, force: true });
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: { rules: resolve('src/rules/index.ts'), households: resolve('tests/fixtures/householdArbitrary.ts') }, formats: ['es'] },
      rollupOptions: { external: (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0') },
    },
  });
  const { evaluate } = await import(pathToFileURL(`${outDir}/rules.js`).href);
  const { sampleCases } = await import(pathToFileURL(`${outDir}/households.js`).href);
  const cases = sampleCases(HOUSEHOLDS);
  const pass = () => {
    const started = performance.now();
    for (const { household, peildatum } of cases) evaluate(household, peildatum);
    return performance.now() - started;
  };
  pass(); // warm-up
  const times = Array.from({ length: 5 }, pass);
  const schemes = evaluate(cases[0].household, cases[0].peildatum).length;
  console.log(`\nRule engine: ${HOUSEHOLDS.toLocaleString('en')} random valid households × ${schemes} schemes`);
  console.log(`median of 5: ${ms(median(times))} (${((median(times) * 1000) / HOUSEHOLDS).toFixed(1)} µs a household; runs ${times.map(ms).join(', ')})`);
}

/** Builds the reference app (bench/reference/): React, i18next, a react-hook-form form with zod/mini, a service worker. */
async function buildReference() {
  const [{ default: react }, { VitePWA }] = await Promise.all([import('@vitejs/plugin-react'), import('vite-plugin-pwa')]);
  await build({
    configFile: false,
    root: resolve('bench/reference'),
    logLevel: 'warn',
    plugins: [
      react(),
      VitePWA({
        injectRegister: false,
        manifest: false,
        workbox: { globPatterns: ['**/*.{js,css,html}'], navigateFallback: '/index.html', clientsClaim: true },
      }),
    ],
    build: { outDir: REFERENCE_DIR, emptyOutDir: true, target: 'es2022' },
  });
}

/** Paint and layout-shift figures of the page as it stands, relative to the start of the navigation. */
async function paints(page) {
  return page.evaluate(async () => {
    const entries = (type) => new Promise((done) => new PerformanceObserver((list, observer) => {
      observer.disconnect();
      done(list.getEntries());
    }).observe({ type, buffered: true }));
    const settle = new Promise((done) => setTimeout(() => done([]), 1000));
    const [paint, lcp, shifts] = await Promise.all(['paint', 'largest-contentful-paint', 'layout-shift'].map((type) => Promise.race([entries(type), settle])));
    const [navigation] = performance.getEntriesByType('navigation');
    return {
      fcp: paint.find((e) => e.name === 'first-contentful-paint')?.startTime ?? null,
      lcp: lcp.at(-1)?.startTime ?? null,
      cls: shifts.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0),
      load: navigation.loadEventEnd,
    };
  });
}

/** One cold first visit and one repeat visit (from the service worker) of an app, on slow 4G with a slow CPU. */
async function visit(browser, app) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
  });
  const ready = async () => {
    await page.locator('h1').first().waitFor({ timeout: 60_000 });
    await app.ready(page);
  };
  await page.goto(app.url, { waitUntil: 'load', timeout: 60_000 });
  await ready();
  const first = { ...(await paints(page)), bytes };
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
  });
  // Let the worker finish caching before the repeat visit.
  await page.waitForTimeout(3000);
  bytes = 0;
  const response = await page.reload({ waitUntil: 'load', timeout: 60_000 });
  await ready();
  const repeat = { ...(await paints(page)), bytes, fromServiceWorker: response?.fromServiceWorker() ?? false };
  await context.close();
  return { first, repeat };
}

async function loads() {
  console.log(`\nBuilding the reference app (bench/reference) into ${relative(process.cwd(), REFERENCE_DIR)}…`);
  await buildReference();
  const servers = await Promise.all(
    [APP_DIR, REFERENCE_DIR].map((outDir, i) => preview({ configFile: false, build: { outDir }, preview: { host: '127.0.0.1', port: BENCH_PORT + i, strictPort: false }, logLevel: 'warn' })),
  );
  const apps = [
    // The app is in use once it has taken over the prerendered page.
    { name: 'Rondkomen-check', url: servers[0].resolvedUrls.local[0], ready: (page) => page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 60_000 }) },
    { name: 'reference app', url: servers[1].resolvedUrls.local[0], ready: async () => {} },
  ];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
  const runs = new Map(apps.map((app) => [app, []]));
  try {
    for (let round = 0; round < RUNS; round++) {
      // Alternating which goes first, so a slower moment of the machine hits both alike.
      for (const app of round % 2 === 0 ? apps : [...apps].reverse()) runs.get(app).push(await visit(browser, app));
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
  }
  const summary = (app, visitKind) => {
    const results = runs.get(app).map((r) => r[visitKind]);
    const of = (key) => median(results.map((r) => r[key]).filter((v) => v !== null));
    return { fcp: of('fcp'), lcp: of('lcp'), cls: Math.max(...results.map((r) => r.cls)), load: of('load'), bytes: of('bytes'), fromServiceWorker: results.every((r) => r.fromServiceWorker !== false) };
  };
  const widths = [48, 10, 10, 8, 10, 12];
  console.log(`\nPage load, interleaved with the reference app: slow 4G (150 ms, 1.6 Mbps down, 750 kbps up), CPU ${CPU_SLOWDOWN}× slower, 390 × 844; median of ${RUNS} (CLS: the worst run)`);
  console.log(row(['', 'FCP', 'LCP', 'CLS', 'load', 'on the wire'], widths));
  for (const visitKind of ['first', 'repeat']) {
    const [app, reference] = apps.map((a) => summary(a, visitKind));
    const label = visitKind === 'first' ? 'cold first visit' : 'repeat visit (service worker)';
    for (const [a, s] of [[apps[0], app], [apps[1], reference]]) console.log(row([`${label}: ${a.name}`, ms(s.fcp), ms(s.lcp), s.cls.toFixed(3), ms(s.load), kB(s.bytes)], widths));
    const ratio = (key) => (reference[key] > 0 ? `${(app[key] / reference[key]).toFixed(2)}×` : '–');
    console.log(row([`${label}: ratio`, ratio('fcp'), ratio('lcp'), '', ratio('load'), ratio('bytes')], widths));
    if (!app.fromServiceWorker || !reference.fromServiceWorker) console.log('note: a repeat visit was not served by the service worker');
  }
  const fcpRuns = (app, visitKind) => runs.get(app).map((r) => ms(r[visitKind].fcp)).join(', ');
  console.log(`runs, FCP first visit: app ${fcpRuns(apps[0], 'first')}; reference ${fcpRuns(apps[1], 'first')}`);
}

await sizes();
await engine();
await loads();
