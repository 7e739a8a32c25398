/**
 * Build-time rendering (the server entry of the prerender in vitePlugin.ts): every page of
 * pages.ts in every language, rendered from the real App with react-dom/static, exactly as the
 * browser's first render will be for a visitor without answers, so the app can hydrate it.
 */
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from '../app/App';
import { PAGE_NAVIGATION } from '../app/pages';
import { PAGES, type Page } from '../routing/pages';
import { choosePeildatum, isoDate } from '../app/peildatum';
import { changeLanguage, initI18n } from '../i18n/i18n';
import { normFigures } from '../i18n/normFigures';
import { contactFigures } from '../i18n/textFigures';
import { DEFAULT_LANGUAGE, directionOf, LANGUAGE_CODES } from '../i18n/languages';
import type { ModeDecision } from '../modes/detectMode';
import { MODES } from '../modes/modes';
import { EMPTY } from '../questionnaire/saveAnswers';
import { channels, NORMS_VALID_UNTIL } from '../rules';
import { figuresPeriod } from './figuresPeriod';

export type RenderedPage = {
  language: string;
  page: Page;
  /** The attributes of <html> and of the root element, and the root's content. */
  dir: 'ltr' | 'rtl';
  root: Record<string, string>;
  html: string;
  /** What the page says where the script cannot run. */
  noscript: string;
};

async function toString(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** A first visit on someone's own phone: no mode asked for, none remembered. */
const FIRST_VISIT: ModeDecision = { setting: { id: 'inwoner', waitSeconds: null }, memory: null, toConfirm: null, renew: null };

/** Renders every page in every language; `today` is the build date (the figures it shows). */
export async function renderPages(today: Date): Promise<RenderedPage[]> {
  // The same choice main.tsx makes in the browser; the period tells it whether the amounts match.
  const { peildatum } = choosePeildatum(today, NORMS_VALID_UNTIL);
  const figures = figuresPeriod(peildatum);
  const i18n = await initI18n(DEFAULT_LANGUAGE, { ...contactFigures(), ...normFigures(peildatum) });
  const pages: RenderedPage[] = [];
  for (const language of LANGUAGE_CODES) {
    await changeLanguage(language);
    for (const page of Object.keys(PAGES) as Page[]) {
      const { prelude } = await prerenderToNodeStream(
        <StrictMode>
          <App
            mode={MODES.inwoner}
            modeDecision={FIRST_VISIT}
            initial={{ saved: page === 'shared' ? EMPTY : { ...EMPTY, ...PAGE_NAVIGATION[page] }, dropped: false }}
            initialEasyRead={false}
            peildatum={peildatum}
            today={isoDate(today)}
            validUntil={NORMS_VALID_UNTIL}
            outdated={false}
            storage={undefined}
            shared={page === 'shared' ? '' : null}
          />
        </StrictMode>,
        // One piece of HTML: a large screen split off would need an inline script, which the CSP refuses.
        { progressiveChunkSize: Number.POSITIVE_INFINITY },
      );
      const { phone, address } = channels.gemeenteHeemskerkLoket;
      pages.push({
        language,
        page,
        dir: directionOf(language),
        root: { 'data-language': language, 'data-page': page, 'data-figures-from': figures.from, 'data-figures-until': figures.until },
        html: await toString(prelude),
        noscript: i18n.t('prerender.noscript', { phone: phone?.replace(/ /g, '\u00a0'), address }),
      });
    }
  }
  return pages;
}
