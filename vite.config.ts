import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { initialFiles } from './scripts/measure.mjs';
import { precompress } from './scripts/precompress.mjs';
import { contentSecurityPolicy as policyWithStyles } from './scripts/webServer.mjs';
import { dropUnusedUtrechtCss, utrechtClassesIn } from './scripts/unusedUtrechtCss.mjs';
import { languageFolders, localeChunkName, prerender } from './src/prerender/vitePlugin';

/** The build's output folder (the bench builds elsewhere), for the plugins below. */
let outDir = 'dist';
function outputFolder(): Plugin {
  return { name: 'output-folder', apply: 'build', configResolved: (config) => void (outDir = config.build.outDir) };
}

/**
 * The Content-Security-Policy also goes into the built index.html as a meta tag, for a host that
 * sends no headers; the HTTP headers come from the same module. The prerender adds the hashes of
 * the pages' inline critical CSS (ADR 0012). Left out of the dev server, whose hot reload needs
 * inline styles.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policyWithStyles([]) }, injectTo: 'head-prepend' }],
  };
}

/** .br and .gz beside each built file, for the web server to pick (scripts/precompress.mjs). */
function precompressBuild(): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    // After the service worker is written, so it is compressed too.
    closeBundle: { order: 'post', sequential: true, handler: () => precompress(outDir) },
  };
}

/**
 * The chunks src/app/startOnDemand.ts imports, with the chunks they import: not in the start
 * screen's script, but what a start may need (reading saved answers back), so precached.
 */
const startOnDemand = new Set<string>();
function startOnDemandChunks(): Plugin {
  const loader = resolve('src/app/startOnDemand.ts');
  return {
    name: 'start-on-demand-chunks',
    apply: 'build',
    generateBundle(_, bundle) {
      const wanted = this.getModuleInfo(loader)?.dynamicallyImportedIds;
      // The service worker's own build has no such module.
      if (!wanted) return;
      const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));
      const queue = chunks.filter((chunk) => chunk.moduleIds.some((id) => wanted.includes(id))).map((chunk) => chunk.fileName);
      startOnDemand.clear();
      while (queue.length > 0) {
        const file = queue.pop()!;
        if (startOnDemand.has(file)) continue;
        startOnDemand.add(file);
        queue.push(...(chunks.find((chunk) => chunk.fileName === file)?.imports ?? []));
      }
    },
  };
}

/**
 * A file of the build the start screen needs: anything but code, the code index.html loads, the
 * code a start may load on demand (startOnDemand.ts), the service worker's registration, and Dutch's texts but the legal ones (they load with their pages).
 * Not the stylesheet: the start page paints from its inline critical CSS; the stylesheet is kept
 * with the screens' code (keepScreensOffline.ts), which are the ones that need it.
 */
function startScreenNeeds(url: string): boolean {
  if (!url.startsWith('assets/')) return true;
  const { js } = initialFiles(outDir);
  return js.includes(url) || startOnDemand.has(url) || /^assets\/workbox-window\./.test(url) || (url.startsWith('assets/locale-nl-') && !url.startsWith('assets/locale-nl-legal-'));
}

export default defineConfig({
  plugins: [
    react(),
    outputFolder(),
    startOnDemandChunks(),
    contentSecurityPolicy(),
    prerender(),
    VitePWA({
      // A new version waits for the inhabitant's "update" click; see src/pwa/registerServiceWorker.ts.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Rondkomen-check Heemskerk',
        short_name: 'Rondkomen-check',
        description: 'Kijk welke regelingen en hulp er voor u zijn in Heemskerk. Uw antwoorden blijven op dit apparaat.',
        lang: 'nl',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#003b5c',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      includeManifestIcons: false,
      // Our own worker (src/pwa/sw.ts): it serves the prerendered page in the device's language.
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      injectManifest: {
        // The precache holds the app and Dutch (the fallback) only; the other languages are cached
        // when chosen, or all at once at the kiosk and for volunteers (ADR 0010). Dutch's start
        // page is index.html (sw.ts); its other pages are cached like another language's.
        globPatterns: ['**/*.{js,css,svg,webmanifest}', 'index.html', 'languages.json'],
        globIgnores: languageFolders()
          .filter((code) => code !== 'nl')
          .map((code) => `assets/locale-${code}-*`),
        // Of the code, only what the start screen needs: the screens after it are cached as they
        // load (src/pwa/keepScreensOffline.ts), so a phone's precache does not grow with them.
        manifestTransforms: [(entries) => ({ manifest: entries.filter((entry) => startScreenNeeds(entry.url)), warnings: [] })],
      },
    }),
    precompressBuild(),
  ],
  css: { postcss: { plugins: [dropUnusedUtrechtCss(utrechtClassesIn('src'))] } },
  build: {
    target: 'es2022',
    rollupOptions: { output: { chunkFileNames: localeChunkName } },
  },
});
