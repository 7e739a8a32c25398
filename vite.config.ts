import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './scripts/precompress.mjs';
import { CONTENT_SECURITY_POLICY } from './scripts/webServer.mjs';
import { dropUnusedUtrechtCss, utrechtClassesIn } from './scripts/unusedUtrechtCss.mjs';
import { pageFile } from './src/routing/pages';
import { languageFolders, localeChunkName, OFFLINE_PAGES, prerender } from './src/prerender/vitePlugin';

/**
 * The Content-Security-Policy also goes into the built index.html as a meta tag, for a host that
 * sends no headers; the HTTP headers come from the same module. Left out of the dev server, whose
 * hot reload needs inline styles.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/** .br and .gz beside each built file, for the web server to pick (scripts/precompress.mjs). */
function precompressBuild(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved: (config) => void (outDir = config.build.outDir),
    // After the service worker is written, so it is compressed too.
    closeBundle: { order: 'post', sequential: true, handler: () => precompress(outDir) },
  };
}

export default defineConfig({
  plugins: [
    react(),
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
        // when chosen, or all at once at the kiosk and for volunteers (ADR 0010).
        globPatterns: ['**/*.{js,css,svg,webmanifest}', 'index.html', ...OFFLINE_PAGES.map((page) => pageFile('nl', page)), 'languages.json'],
        globIgnores: languageFolders()
          .filter((code) => code !== 'nl')
          .map((code) => `assets/locale-${code}-*`),
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
