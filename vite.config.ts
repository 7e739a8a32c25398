import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pageFile } from './src/app/pages';
import { languageFolders, localeChunkName, OFFLINE_PAGES, prerender } from './src/prerender/vitePlugin';

/**
 * The Content-Security-Policy, as a meta tag in the built index.html (and documented in the README
 * for the web server's header). Only our own origin; no inline script; no frames, no forms posting
 * anywhere. Left out of the dev server, whose hot reload needs inline styles.
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

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
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
        // when chosen, or all at once at the kiosk and for volunteers (ADR 0008).
        globPatterns: ['**/*.{js,css,svg,webmanifest}', 'index.html', ...OFFLINE_PAGES.map((page) => pageFile('nl', page)), 'languages.json'],
        globIgnores: languageFolders()
          .filter((code) => code !== 'nl')
          .map((code) => `assets/locale-${code}-*`),
      },
    }),
  ],
  build: {
    target: 'es2022',
    rollupOptions: { output: { chunkFileNames: localeChunkName } },
  },
});
