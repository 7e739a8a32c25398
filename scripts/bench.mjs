/**
 * `npm run bench`: builds for production and prints
 *   1. the initial JS and CSS, gzip -9 and brotli q11, and the precache (scripts/measure.mjs, the
 *      same code as the budget test);
 *   2. how long the rule engine takes for 10,000 random valid households (the generator of the
 *      property tests, bundled with src/rules by Vite);
 *   3. the first load and the repeat view (served by the service worker) in headless Chromium on
 *      slow 4G (150 ms, 1.6 Mbps down, 750 kbps up) with the CPU slowed down 4×, median of 3 runs,
 *      against `vite preview` on 127.0.0.1.
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
import { checkBudgets, kB, measure } from './measure.mjs';

// Its own build and bundle, away from dist/: a test run may rebuild dist/ while the bench serves it.
const WORK_DIR = resolve('node_modules/.cache/rondkomen-bench');
const APP_DIR = `${WORK_DIR}/app`;
const ENGINE_DIR = `${WORK_DIR}/engine`;
const HOUSEHOLDS = 10_000;
const RUNS = 3;
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
  ]) {
    console.log(row([name, kB(total.raw), kB(total.gzip), kB(total.brotli)], widths));
  }
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

/** Navigation timings and first contentful paint, relative to the start of the navigation. */
async function timings(page) {
  return page.evaluate(async () => {
    const fcp = await new Promise((done) => {
      new PerformanceObserver((list) => {
        const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
        if (entry) done(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(() => done(null), 10_000);
    });
    const heading = await new Promise((done) => {
      const check = () => (window.__headingAt !== undefined ? done(window.__headingAt) : setTimeout(check, 20));
      check();
      setTimeout(() => done(null), 10_000);
    });
    const [navigation] = performance.getEntriesByType('navigation');
    return { fcp, heading, load: navigation.loadEventEnd };
  });
}

async function loads() {
  const server = await preview({ build: { outDir: APP_DIR }, preview: { host: '127.0.0.1', port: 4319, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls.local[0];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
  const first = [];
  const repeat = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // A fresh context each run: no HTTP cache, no service worker, nothing stored.
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'nl-NL' });
      await context.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('h1')) {
            window.__headingAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      first.push(await timings(page));
      // The repeat view comes from the service worker once it has precached everything.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
      });
      const response = await page.reload({ waitUntil: 'load', timeout: 60_000 });
      repeat.push({ ...(await timings(page)), fromServiceWorker: response?.fromServiceWorker() ?? false });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const widths = [34, 12, 16, 12];
  console.log(`\nPage load on slow 4G (150 ms, 1.6 Mbps down, 750 kbps up), CPU ${CPU_SLOWDOWN}× slower; median of ${RUNS} (${url})`);
  console.log(row(['', 'FCP', 'start screen', 'load event'], widths));
  const line = (name, runs) => row([name, ms(median(runs.map((r) => r.fcp))), ms(median(runs.map((r) => r.heading))), ms(median(runs.map((r) => r.load)))], widths);
  console.log(line('first load (empty cache)', first));
  console.log(line('repeat view (service worker)', repeat));
  console.log(`runs, FCP: first ${first.map((r) => ms(r.fcp)).join(', ')}; repeat ${repeat.map((r) => ms(r.fcp)).join(', ')}`);
  if (!repeat.every((r) => r.fromServiceWorker)) console.log('note: a repeat view was not served by the service worker');
}

await sizes();
await engine();
await loads();
