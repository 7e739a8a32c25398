/**
 * The production web server: a real nginx (Debian's package) serving dist/ with the configuration
 * generated from scripts/webServer.mjs. Checks the security and caching headers, the precompressed
 * files, that another site cannot frame the app, that the service worker leaves other paths alone,
 * and that the app still reloads offline behind it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROTLI_MODULE, standaloneConfig } from '../../scripts/nginxConfig.mjs';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../scripts/webServer.mjs';
import { launch, phone, waitForServiceWorker } from './browser';
import { PORT } from './serve';

const NGINX = '/usr/sbin/nginx';
/** Next to the e2e port unless told otherwise, so parallel checkouts do not collide. */
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? PORT + 10);
const ORIGIN = `http://127.0.0.1:${NGINX_PORT}`;
// Debian's nginx has gzip_static built in; brotli_static is the separate libnginx-mod-http-brotli-static.
const BROTLI = existsSync(BROTLI_MODULE);

let nginx: ChildProcess;
let prefix: string;
let browser: Browser;

async function waitUntilUp(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(`${ORIGIN}/robots.txt`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not start on ${ORIGIN}`);
}

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error('nginx is missing: apt-get install -y nginx (.ci/run does this).');
  prefix = mkdtempSync(join(tmpdir(), 'rondkomen-nginx-'));
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  writeFileSync(join(prefix, 'nginx.conf'), standaloneConfig({ root: resolve('dist'), port: NGINX_PORT, brotli: BROTLI, prefix }));
  nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], { stdio: 'inherit' });
  await waitUntilUp();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  nginx?.kill('SIGQUIT');
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

const head = (path: string, encoding = 'identity') => fetch(`${ORIGIN}${path}`, { headers: { 'Accept-Encoding': encoding } });
const hashedAsset = () => `/assets/${readdirSync('dist/assets').find((name) => name.endsWith('.js'))!}`;

describe('nginx with deploy/nginx configuration', () => {
  it('sends every security header on the page, its files and a 404', async () => {
    for (const path of ['/', '/index.html', '/sw.js', hashedAsset(), '/manifest.webmanifest', '/no-such-page']) {
      const response = await head(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
    }
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  it('keeps hashed files for a year and revalidates index.html and sw.js, within the whole-site scope', async () => {
    expect((await head(hashedAsset())).headers.get('Cache-Control')).toBe(IMMUTABLE);
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) expect((await head(path)).headers.get('Cache-Control'), path).toBe(REVALIDATE);
    expect((await head('/sw.js')).headers.get('Service-Worker-Allowed')).toBe('/');
    expect((await head('/manifest.webmanifest')).headers.get('Content-Type')).toBe('application/manifest+json');
  });

  it(`serves the files compressed at build time: gzip${BROTLI ? ' and brotli' : ' (brotli module not installed)'}`, async () => {
    const gzip = await head(hashedAsset(), 'gzip');
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
    expect(gzip.headers.get('Vary')).toBe('Accept-Encoding');
    if (BROTLI) expect((await head(hashedAsset(), 'br, gzip')).headers.get('Content-Encoding')).toBe('br');
    expect((await head('/', 'gzip')).headers.get('Content-Encoding')).toBe('gzip');
  });

  it('answers / with the start page in the browser\'s language, if the check has it, and says it varies by Accept-Language', async () => {
    const page = (acceptLanguage: string) => fetch(`${ORIGIN}/`, { headers: { 'Accept-Language': acceptLanguage, 'Accept-Encoding': 'gzip' } });
    const arabic = await page('fr-FR,ar;q=0.9,en;q=0.8');
    expect(await arabic.text()).toMatch(/<html lang="ar" dir="rtl"/);
    expect(arabic.headers.get('Vary')).toContain('Accept-Language');
    expect(arabic.headers.get('Content-Encoding')).toBe('gzip');
    expect(await (await page('en-GB,en;q=0.9')).text()).toMatch(/<html lang="en"/);
    expect(await (await page('de-DE,de;q=0.9')).text()).toMatch(/<html lang="nl"/);
    expect(await (await fetch(`${ORIGIN}/index.html`, { headers: { 'Accept-Language': 'ar' } })).text()).toMatch(/<html lang="nl"/);
  });

  it('answers only its own pages with the app: other paths are files or 404', async () => {
    expect(await (await head('/robots.txt')).text()).toContain('User-agent');
    expect((await head('/gemeente/afval')).status).toBe(404);
  });

  it('cannot be framed by another site', async () => {
    const { context, page } = await phone(browser);
    const other = 'http://elders.example/';
    await page.route(other, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>elders</title><iframe src="${ORIGIN}/" width="300" height="300"></iframe>` }));
    await page.goto(other);
    await page.waitForTimeout(1500);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    expect(frame!.url().startsWith(ORIGIN)).toBe(false);
    await expect(frame!.getByText('Start de check').count()).resolves.toBe(0);
    await context.close();
  });

  it('reloads offline after one visit, and the service worker leaves robots.txt to the server', async () => {
    const { context, page } = await phone(browser);
    await page.goto(`${ORIGIN}/`);
    await waitForServiceWorker(page);
    await page.getByRole('button', { name: 'Start de check' }).waitFor();
    await page.goto(`${ORIGIN}/robots.txt`);
    await expect(page.locator('body').textContent()).resolves.toContain('User-agent');
    await page.goto(`${ORIGIN}/`);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Start de check' }).waitFor();
    await context.close();
  });
});
