/**
 * The addresses of the screens that need no answers, one set per language: the start screen at
 * /<lang>/, "Alle regelingen" at /<lang>/regelingen/, the first step of "Geldzorgen? Direct hulp"
 * at /<lang>/geldzorgen/ and the shell for results opened from a take-home link at /<lang>/uitslag/.
 * Each is prerendered at build time (vite.config.ts) so it paints before the script arrives. The
 * bare / is the start screen in the language this device chose (the service worker picks it) or
 * Dutch. The addresses name a screen and a language, never an answer. Which screen of the app each page
 * opens is the app's business: `src/app/pages.ts`.
 */
export const PAGES = { start: '', catalogue: 'regelingen/', help: 'geldzorgen/', shared: 'uitslag/' } as const;
export type Page = keyof typeof PAGES;

export function pagePath(language: string, page: Page): string {
  return `/${language}/${PAGES[page]}`;
}

/** The prerendered file of a page, relative to the site root. */
export function pageFile(language: string, page: Page): string {
  return `${language}/${PAGES[page]}index.html`;
}

const PAGE_PATH = /^\/([a-z]{2,3})\/(?:([a-z]+)\/)?(?:index\.html)?$/;

/** The language and page an address names, or null for any other address (such as the bare /). */
export function pageFromPath(pathname: string): { language: string; page: Page } | null {
  const match = PAGE_PATH.exec(pathname);
  if (!match) return null;
  const segment = match[2] ? `${match[2]}/` : '';
  const page = (Object.keys(PAGES) as Page[]).find((p) => PAGES[p] === segment);
  return page ? { language: match[1]!, page } : null;
}
