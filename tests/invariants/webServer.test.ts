/**
 * The web-server settings have one source (scripts/webServer.mjs): the committed nginx configuration
 * is generated from it, and `npm start` (scripts/serve.mjs) sends exactly its headers.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPLOY_FILE, deployConfig } from '../../scripts/nginxConfig.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS, startPagesFor } from '../../scripts/webServer.mjs';

describe('the nginx configuration', () => {
  it('is the one generated from scripts/webServer.mjs (run `node scripts/nginxConfig.mjs`)', () => {
    expect(readFileSync(DEPLOY_FILE, 'utf8')).toBe(deployConfig());
  });

  it("forbids framing with frame-ancestors 'none' as a header, and sends every security header in every location", () => {
    const config = deployConfig();
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
    const locations = config.split('location ').length - 1;
    for (const name of Object.keys(SECURITY_HEADERS)) expect(config.split(`add_header ${name} `).length - 1, name).toBe(locations);
  });
});

describe('the start page at / follows Accept-Language (issue 16)', () => {
  it('tries the start pages of the browser\'s first three languages in its order, then the Dutch index.html', () => {
    expect(startPagesFor('en-GB,en;q=0.9,nl;q=0.8,ar;q=0.7')).toEqual(['/en/index.html', '/nl/index.html', '/index.html']);
    expect(startPagesFor('ar')).toEqual(['/ar/index.html', '/index.html']);
    expect(startPagesFor('de-DE, fr;q=0.9, uk;q=0.8')).toEqual(['/de/index.html', '/fr/index.html', '/uk/index.html', '/index.html']);
  });

  it('without a usable header, or with anything but a language code, it is the Dutch index.html', () => {
    for (const header of [undefined, '', '*', '../../etc', 'english', '1', ' ; q=1']) expect(startPagesFor(header), String(header)).toEqual(['/index.html']);
  });
});

describe('npm start (scripts/serve.mjs)', () => {
  let root: string;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'rondkomen-serve-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>check</title>');
    mkdirSync(join(root, 'ar'));
    writeFileSync(join(root, 'ar', 'index.html'), '<!doctype html><html lang="ar" dir="rtl"><title>تحقق</title>');
    writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(root, 'assets', 'index-Ab12Cd34.js'), 'console.log(1)'.repeat(50));
    writeFileSync(join(root, 'assets', 'index-Ab12Cd34.js.gz'), gzipSync('console.log(1)'.repeat(50)));
    server = await startServer({ root, port: 0 });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  it('sends the security headers on pages, files and errors', async () => {
    for (const path of ['/', '/sw.js', '/assets/index-Ab12Cd34.js', '/robots.txt']) {
      const response = await fetch(origin + path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
    }
  });

  it('answers only the app routes with index.html, and never a file outside its folder', async () => {
    expect(await (await fetch(`${origin}/`)).text()).toContain('<title>check</title>');
    expect((await fetch(`${origin}/gemeente/afval`)).status).toBe(404);
    expect((await fetch(`${origin}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
  });

  it('answers / with the start page in the first of the browser\'s languages that has one, varying by Accept-Language', async () => {
    const arabic = await fetch(`${origin}/`, { headers: { 'Accept-Language': 'fr-FR,ar;q=0.9' } });
    expect(await arabic.text()).toContain('lang="ar"');
    expect(arabic.headers.get('Vary')).toBe('Accept-Language, Accept-Encoding');
    expect(await (await fetch(`${origin}/`, { headers: { 'Accept-Language': 'de' } })).text()).toContain('<title>check</title>');
    expect(await (await fetch(`${origin}/index.html`, { headers: { 'Accept-Language': 'ar' } })).text()).toContain('<title>check</title>');
  });

  it('caches hashed files for a year and revalidates the rest; the worker may control the whole site', async () => {
    expect((await fetch(`${origin}/assets/index-Ab12Cd34.js`)).headers.get('Cache-Control')).toBe(IMMUTABLE);
    const worker = await fetch(`${origin}/sw.js`);
    expect(worker.headers.get('Cache-Control')).toBe(REVALIDATE);
    expect(worker.headers.get('Service-Worker-Allowed')).toBe('/');
  });

  it('serves a precompressed copy, unless the file changed after it was compressed', async () => {
    const asset = `${origin}/assets/index-Ab12Cd34.js`;
    expect((await fetch(asset, { headers: { 'Accept-Encoding': 'gzip' } })).headers.get('Content-Encoding')).toBe('gzip');
    const later = new Date(Date.UTC(2030, 0, 1));
    utimesSync(join(root, 'assets', 'index-Ab12Cd34.js'), later, later);
    expect((await fetch(asset, { headers: { 'Accept-Encoding': 'gzip' } })).headers.get('Content-Encoding')).toBeNull();
  });
});
