/**
 * The prerender, as a Vite plugin of the production build (ADR 0010). After the client bundle is
 * written it builds renderPages.tsx for Node with Vite's SSR build, renders every page of
 * src/app/pages.ts in every language found in locales/, and writes each into the built index.html
 * as <lang>/<page>/index.html (the bare index.html becomes the Dutch start screen). It also writes
 * languages.json: each language's text chunks and pages, which the service worker caches per
 * language. It runs before vite-plugin-pwa makes the service worker, so the pages are in its
 * precache glob.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { writeDeployFiles } from '../../scripts/nginxConfig.mjs';
import { contentSecurityPolicy } from '../../scripts/webServer.mjs';
import { pageFile, type Page } from '../routing/pages';
import { criticalCss, styleHash } from './criticalCss';
import type { RenderedPage } from './renderPages';

/** The languages, one folder each in locales/ (the app finds them the same way). */
export function languageFolders(root = process.cwd()): string[] {
  const dir = join(root, 'locales');
  return readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory());
}

/**
 * The pages kept offline per language: the start screen and the take-home shell. The app renders
 * the others itself from the start page when offline; "Alle regelingen" alone would double a
 * language's size.
 */
export const OFFLINE_PAGES: Page[] = ['start', 'shared'];

/** Dutch's start page is the bare index.html (the same page), which the precache holds: sw.ts serves /nl/ from it. */
const offlinePageFile = (code: string, page: Page) => (code === 'nl' && page === 'start' ? '/index.html' : `/${pageFile(code, page)}`);

const LOCALE_MODULE = /\/locales\/([^/]+)\/([^/]+)\.json$/;

/** Text chunks named after their language (assets/locale-<lang>-<file>-<hash>.js), so caches can tell them apart. */
export function localeChunkName(chunk: { facadeModuleId?: string | null }): string {
  const match = chunk.facadeModuleId ? LOCALE_MODULE.exec(chunk.facadeModuleId) : null;
  return match ? `assets/locale-${match[1]}-${match[2]}-[hash].js` : 'assets/[name]-[hash].js';
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function fill(template: string, rendered: RenderedPage): string {
  const root = Object.entries(rendered.root)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const replaced = template
    .replace(/(<html\b[^>]*?)\slang="[^"]*"/, `$1 lang="${rendered.language}"`)
    .replace(/(<html\b[^>]*?)\sdir="[^"]*"/, `$1 dir="${rendered.dir}"`)
    .replace(/<div id="root"><\/div>/, () => `<div id="root"${root}>${rendered.html}</div>`)
    .replace(/<noscript>[\s\S]*?<\/noscript>/, () => `<noscript><p class="noscript">${escapeText(rendered.noscript)}</p></noscript>`)
    // The page paints without the script: on a slow line the style sheet goes first.
    .replace(/<script type="module"|<link rel="modulepreload"/g, (tag) => `${tag} fetchpriority="low"`);
  if (!replaced.includes('data-page=')) throw new Error('prerender: index.html has no empty <div id="root"></div> to fill');
  return replaced;
}

const STYLESHEET = /\s*<link rel="stylesheet"[^>]*>/g;
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

/** The app's stylesheets that index.html links, one text. */
function linkedCss(outDir: string, template: string): string {
  return [...template.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((match) => readFileSync(join(outDir, match[1]!), 'utf8')).join('');
}

/**
 * The page paints from its own critical CSS, inlined in <head>; the stylesheet moves to the end of
 * <body>, where it no longer holds up the paint of what comes before it but still holds up the
 * scripts (HTML: a style sheet that is blocking scripts), so nothing the app renders afresh shows
 * unstyled. The CSP meta tag allows every page's inline style by its hash, like the headers do.
 */
function withCriticalCss(page: string, critical: string, policy: string): string {
  const links = page.match(STYLESHEET) ?? [];
  if (links.length === 0 || !CSP_META.test(page)) throw new Error('prerender: index.html has no stylesheet link or no CSP meta tag');
  return page
    .replace(STYLESHEET, '')
    .replace('</head>', () => `<style>${critical}</style></head>`)
    .replace('</body>', () => `${links.map((link) => link.trim()).join('')}</body>`)
    .replace(CSP_META, () => `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`);
}

/** Registering the service worker is an effect: it never runs in a prerender, so it is left empty there. */
function serverStubs(): Plugin {
  const id = 'virtual:pwa-register';
  return {
    name: 'rondkomen-prerender-stubs',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (resolved) => (resolved === `\0${id}` ? 'export const registerSW = () => () => Promise.resolve();' : null),
  };
}

export function prerender(): Plugin {
  let config: ResolvedConfig;
  const localeChunks = new Map<string, string[]>();
  return {
    name: 'rondkomen-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        const match = file.type === 'chunk' && file.facadeModuleId ? LOCALE_MODULE.exec(file.facadeModuleId) : null;
        if (match) localeChunks.set(match[1]!, [...(localeChunks.get(match[1]!) ?? []), `/${file.fileName}`]);
      }
    },
    closeBundle: {
      sequential: true,
      order: 'pre',
      async handler() {
        if (config.build.ssr) return;
        const outDir = resolve(config.root, config.build.outDir);
        const serverDir = join(outDir, '.prerender');
        await build({
          configFile: false,
          root: config.root,
          logLevel: 'warn',
          plugins: [react(), serverStubs()],
          build: { ssr: resolve(config.root, 'src/prerender/renderPages.tsx'), outDir: serverDir, emptyOutDir: true, target: 'node22' },
        });
        try {
          const { renderPages } = (await import(`${pathToFileURL(join(serverDir, 'renderPages.js')).href}?${Date.now()}`)) as typeof import('./renderPages');
          const template = readFileSync(join(outDir, 'index.html'), 'utf8');
          const css = linkedCss(outDir, template);
          const pages = (await renderPages(new Date())).map((page) => {
            const html = fill(template, page);
            return { page, html, critical: criticalCss(css, html) };
          });
          const styleHashes = [...new Set(pages.map(({ critical }) => styleHash(critical)))].sort();
          const policy = contentSecurityPolicy(styleHashes);
          for (const { page, html, critical } of pages) {
            const target = join(outDir, pageFile(page.language, page.page));
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, withCriticalCss(html, critical, policy));
            if (page.language === 'nl' && page.page === 'start') writeFileSync(join(outDir, 'index.html'), withCriticalCss(html, critical, policy));
          }
          writeDeployFiles(styleHashes);
          const files = Object.fromEntries(
            languageFolders(config.root).map((code) => [code, [...(localeChunks.get(code) ?? []).sort(), ...OFFLINE_PAGES.map((page) => offlinePageFile(code, page))]]),
          );
          writeFileSync(join(outDir, 'languages.json'), JSON.stringify(files));
        } finally {
          rmSync(serverDir, { recursive: true, force: true });
        }
      },
    },
  };
}
