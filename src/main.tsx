/**
 * Entry point: reads what this device remembers (language, answers), picks the peildatum, loads the
 * language and renders the app.
 */
import '@utrecht/button-css/dist/index.css';
import '@utrecht/checkbox-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/heading-1-css/dist/index.css';
import '@utrecht/heading-2-css/dist/index.css';
import '@utrecht/heading-3-css/dist/index.css';
import '@utrecht/paragraph-css/dist/index.css';
import '@utrecht/radio-button-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import './styles/theme.css';
import './styles/base.css';
import './app/zodWithoutEval';
import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { pageOf, PAGE_NAVIGATION } from './app/pages';
import { pageFromPath, pagePath } from './routing/pages';
import { choosePeildatum, isoDate } from './app/peildatum';
import { initI18n, setEasyRead, setTextPeildatum } from './i18n/i18n';
import { contactFigures } from './i18n/textFigures';
import { loadEasyRead, loadLanguage, saveLanguage } from './i18n/languagePreference';
import { isLanguage, LANGUAGE_CODES } from './i18n/languages';
import { clearAllButMode, detectMode, modeOf } from './modes/detectMode';
import { forgetLanguage, keepOffline } from './pwa/keepOffline';
import { keepScreensOffline } from './app/keepScreensOffline';
import { loadSavedAnswers } from './app/startOnDemand';
import { EMPTY } from './questionnaire/saveAnswers';
import type { Loaded } from './questionnaire/savedAnswers';
import { NORMS_VALID_UNTIL } from './rules/norms/validUntil';
import { deviceLocalStorage, readItem } from './storage/deviceStorage';
import { ANSWERS_KEY } from './storage/storedItems';
import { payloadFromHash } from './takeHome/payloadFromHash';

/** Marks the page once the app has taken it over (the prerendered buttons work from then on). */
function Ready({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.documentElement.dataset.ready = '';
  }, []);
  return children;
}

const modeDecision = detectMode(window.location, document, navigator, deviceLocalStorage());
const mode = modeOf(modeDecision.setting);
// The kiosk keeps nothing: no storage at all, and whatever an earlier use left behind goes now;
// but a link's request alone, not yet confirmed, must not wipe the answers on someone's phone.
const storage = mode.persist ? deviceLocalStorage() : undefined;
if (!mode.persist && modeDecision.setting === modeDecision.memory) {
  clearAllButMode(deviceLocalStorage());
  forgetLanguage();
}
document.documentElement.classList.toggle('kiosk', mode.id === 'kiosk');
const validUntil = NORMS_VALID_UNTIL;
const now = new Date();
const { peildatum, outdated } = choosePeildatum(now, validUntil);

const easyRead = loadEasyRead(storage);
const shared = payloadFromHash(window.location.hash);
// An address such as /ar/regelingen/ is a choice of language and page; the bare / resumes this
// device's own language and screen. The kiosk always greets the next visitor in Dutch.
const route = pageFromPath(window.location.pathname);
const addressed = route && isLanguage(route.language) ? route.language : null;
const language = addressed ?? loadLanguage(storage, mode.persist ? navigator.languages : []);
if (addressed) saveLanguage(storage, addressed);
if (mode.persist && route && shared === null) window.history.replaceState(window.history.state, '', pagePath(language, 'start'));
const root = document.getElementById('root')!;
const prerendered = root.dataset;

setTextPeildatum(peildatum);
const stored = readItem(storage, ANSWERS_KEY);
// Reading saved answers back needs zod (startOnDemand.ts): a first visit has none and waits for nothing.
const loading: Promise<Loaded> = stored === null ? Promise.resolve({ saved: EMPTY, dropped: false }) : loadSavedAnswers().then(({ readSaved }) => readSaved(stored));

void Promise.all([initI18n(language, contactFigures()), loading]).then(([, loaded]) => {
  const initial = route && route.page !== 'start' && route.page !== 'shared' ? { ...loaded.saved, ...PAGE_NAVIGATION[route.page] } : loaded.saved;
  // The page in #root was prerendered for a first visit in one language. The app takes it over as it
  // is (hydrates) when its own first render is the same; otherwise it renders afresh.
  const hydrates =
    root.firstElementChild !== null &&
    prerendered.language === language &&
    shared === null &&
    prerendered.page === pageOf({ screen: initial.screen ?? 'start', stepId: initial.stepId, flow: initial.flow }) &&
    mode.id === 'inwoner' &&
    modeDecision.toConfirm === null &&
    !loaded.dropped &&
    !easyRead &&
    !outdated &&
    Object.keys(initial.answers).length === 0 &&
    (prerendered.figuresFrom ?? '') <= peildatum &&
    peildatum <= (prerendered.figuresUntil ?? '');

  if (easyRead) setEasyRead(true);
  const app = (
    <StrictMode>
      <Ready>
        <App
          mode={mode}
          modeDecision={modeDecision}
          initial={{ saved: initial, dropped: loaded.dropped }}
          initialEasyRead={easyRead}
          peildatum={peildatum}
          today={isoDate(now)}
          validUntil={validUntil}
          outdated={outdated}
          storage={storage}
          shared={shared}
        />
      </Ready>
    </StrictMode>
  );
  if (hydrates) hydrateRoot(root, app);
  else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
  // Only the languages in use take room on a phone; the kiosk and volunteers can switch offline.
  if (mode.persist) keepOffline({ type: 'remember-language', language });
  if (mode.id !== 'inwoner') keepOffline({ type: 'cache-languages', languages: [...LANGUAGE_CODES] });
  keepScreensOffline(mode.id !== 'inwoner');
});
