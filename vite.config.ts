import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './scripts/precompress.mjs';
import { APP_ROUTES, CONTENT_SECURITY_POLICY } from './scripts/webServer.mjs';
import { dropUnusedUtrechtCss, utrechtClassesIn } from './scripts/unusedUtrechtCss.mjs';

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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
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
      workbox: {
        // Every language is precached, not only the one in use: at the library kiosk the next
        // person may switch language while the connection is down, and each file is a few kB.
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        // The statements' texts (src/legal/legalTexts.ts) are not needed for the check and would
        // not fit the precache budget in six languages: kept once opened instead.
        globIgnores: ['**/legal-*.js'],
        runtimeCaching: [{ urlPattern: /\/assets\/legal-[\w-]+\.js$/, handler: 'CacheFirst', options: { cacheName: 'legal-texts' } }],
        navigateFallback: '/index.html',
        // Only the app's own pages: robots.txt and the rest of the municipality's site stay theirs.
        navigateFallbackAllowlist: APP_ROUTES.map((route) => new RegExp(`^${escapeRegExp(route)}(\\?.*)?$`)),
        // With injectRegister: false the plugin does not claim clients itself; claiming makes the
        // very first visit controlled, so the app works offline after one visit.
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
    precompressBuild(),
  ],
  css: { postcss: { plugins: [dropUnusedUtrechtCss(utrechtClassesIn('src'))] } },
  build: { target: 'es2022' },
});
