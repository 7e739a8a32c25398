/**
 * The service worker (built by vite-plugin-pwa's injectManifest from this file).
 *
 * - Precache: what the start screen needs, in Dutch (vite.config.ts); Dutch's start page is index.html.
 * - The other screens' code: a cache of its own, filled as they load (keepScreensOffline.ts) and
 *   emptied when a new version takes over, whose chunks have other names.
 * - Other languages: a cache of their own (offlineLanguages.ts), filled on request of the page and
 *   refreshed when a new version takes over, so only the languages this device uses take room.
 * - Pages: a navigation gets the prerendered page of its language straight from a cache; the
 *   bare / gets the start screen in the language this device chose, so a returning visitor's
 *   first paint is already in their language. Other addresses go to the network.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { pageFile, pageFromPath } from '../routing/pages';
import { isLanguageMessage, LANGUAGE_CACHE, LANGUAGE_FILES, PREFERENCE_CACHE, PREFERENCE_KEY, SCREEN_CACHE, type LanguageFiles } from './offlineLanguages';

// The DOM library types `self` as a window; these are the few worker parts used here.
type WorkerEvent = Event & { waitUntil(promise: Promise<unknown>): void; data?: unknown };
declare global {
  interface Window {
    /** The precache list, written in by the build (injectManifest looks for `self.__WB_MANIFEST`). */
    __WB_MANIFEST: (PrecacheEntry | string)[];
  }
}
type WorkerScope = {
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message' | 'activate', listener: (event: WorkerEvent) => void): void;
};
const worker = self as unknown as WorkerScope;

// Dutch, which the precache holds (DEFAULT_LANGUAGE of src/i18n/languages.ts: that module finds the
// locales with import.meta.glob, which would pull every language into the worker).
const DEFAULT_LANGUAGE = 'nl';
const LOCALE_CHUNK = /^\/assets\/locale-([a-z]{2,3})-/;
// Dutch's start page is index.html itself, precached once under that name.
const DUTCH_START = `/${pageFile(DEFAULT_LANGUAGE, 'start')}`;
const precached = (url: string) => matchPrecache(url === DUTCH_START ? '/index.html' : url);

// Cache changes run one after another: a language requested while a new version refreshes the
// cache must not be deleted by that refresh.
let cacheWork: Promise<unknown> = Promise.resolve();
function inTurn(task: () => Promise<void>): Promise<void> {
  const next = cacheWork.then(task, task);
  cacheWork = next.catch(() => undefined);
  return next;
}

async function languageFiles(): Promise<LanguageFiles> {
  const response = (await matchPrecache(LANGUAGE_FILES)) ?? (await fetch(LANGUAGE_FILES));
  return (await response.json()) as LanguageFiles;
}

async function cacheLanguages(languages: readonly string[]): Promise<void> {
  const files = await languageFiles();
  const cache = await caches.open(LANGUAGE_CACHE);
  // Dutch is mostly precached; its legal texts and take-home page are not.
  const wanted = languages.flatMap((code) => files[code] ?? []);
  await Promise.all(wanted.map(async (url) => (await precached(url)) ?? (await cache.match(url, { ignoreVary: true })) ?? cache.add(url)));
}

async function rememberedLanguage(): Promise<string | null> {
  const response = await (await caches.open(PREFERENCE_CACHE)).match(PREFERENCE_KEY);
  return response ? response.text() : null;
}

async function rememberLanguage(language: string): Promise<void> {
  await (await caches.open(PREFERENCE_CACHE)).put(PREFERENCE_KEY, new Response(language));
  await cacheLanguages([language]);
}

/** The languages this device had cached, re-fetched for the new version (their pages name new chunks). */
async function refreshLanguages(): Promise<void> {
  const cache = await caches.open(LANGUAGE_CACHE);
  const urls = (await cache.keys()).map((request) => new URL(request.url).pathname);
  const languages = new Set(urls.flatMap((path) => [LOCALE_CHUNK.exec(path)?.[1] ?? pageFromPath(path)?.language ?? []].flat()));
  await caches.delete(LANGUAGE_CACHE);
  await cacheLanguages([...languages]).catch(() => undefined);
}

async function cachedPage(file: string): Promise<Response | undefined> {
  return (await precached(file)) ?? (await caches.match(file, { cacheName: LANGUAGE_CACHE, ignoreVary: true }));
}

/** The prerendered page for a navigation to / or /<lang>/…, from the caches; else the network. */
async function servePage(url: URL, request: Request): Promise<Response> {
  const page = pageFromPath(url.pathname);
  const language = page?.language ?? (await rememberedLanguage()) ?? DEFAULT_LANGUAGE;
  const cached = await cachedPage(`/${pageFile(language, page?.page ?? 'start')}`);
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch {
    // Offline, a page not kept on this device: its language's start page (or the Dutch one), which
    // the app turns into the page asked for.
    return (await cachedPage(`/${pageFile(language, 'start')}`)) ?? (await matchPrecache('/index.html')) ?? Response.error();
  }
}

worker.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING' || (event.data as { type?: string } | undefined)?.type === 'SKIP_WAITING') {
    void worker.skipWaiting();
    return;
  }
  if (!isLanguageMessage(event.data)) return;
  const message = event.data;
  event.waitUntil(inTurn(() => (message.type === 'remember-language' ? rememberLanguage(message.language) : cacheLanguages(message.languages))));
});

worker.addEventListener('activate', (event) => event.waitUntil(Promise.all([inTurn(refreshLanguages), caches.delete(SCREEN_CACHE)])));

// Before the precache, which would answer / with the Dutch page.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === location.origin && (url.pathname === '/' || url.pathname === '/index.html' || pageFromPath(url.pathname) !== null),
  ({ request, url }) => servePage(url, request),
);
// After the precache, which answers for Dutch: the other languages come from their own cache.
precacheAndRoute(self.__WB_MANIFEST);
// The worker cached them without the Origin header a module script is fetched with; servers send
// `Vary: Origin`, which must not make the cached copy miss.
registerRoute(
  ({ url }) => url.origin === location.origin && LOCALE_CHUNK.test(url.pathname),
  new CacheFirst({ cacheName: LANGUAGE_CACHE, matchOptions: { ignoreVary: true } }),
);
// Every other file of the app (hashed names, so a cached copy is never stale): the screens after
// the start screen, kept once loaded.
registerRoute(
  ({ url }) => url.origin === location.origin && url.pathname.startsWith('/assets/'),
  new CacheFirst({ cacheName: SCREEN_CACHE, matchOptions: { ignoreVary: true } }),
);
cleanupOutdatedCaches();
// With injectRegister: false nothing claims clients for us; claiming makes the very first visit
// controlled, so the app works offline after one visit.
clientsClaim();
