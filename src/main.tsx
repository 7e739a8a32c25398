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
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { choosePeildatum, isoDate } from './app/peildatum';
import { initI18n, setEasyRead } from './i18n/i18n';
import { loadEasyRead, loadLanguage } from './i18n/languagePreference';
import { clearAllButMode, detectMode, modeOf } from './modes/detectMode';
import { loadSaved } from './questionnaire/savedAnswers';
import { NORMS_VALID_UNTIL } from './rules/norms/validUntil';
import { deviceLocalStorage } from './storage/deviceStorage';

const modeDecision = detectMode(window.location, document, navigator, deviceLocalStorage());
const mode = modeOf(modeDecision.setting);
// The kiosk keeps nothing: no storage at all, and whatever an earlier use left behind goes now;
// but a link's request alone, not yet confirmed, must not wipe the answers on someone's phone.
const storage = mode.persist ? deviceLocalStorage() : undefined;
if (!mode.persist && modeDecision.setting === modeDecision.memory) clearAllButMode(deviceLocalStorage());
document.documentElement.classList.toggle('kiosk', mode.id === 'kiosk');
const validUntil = NORMS_VALID_UNTIL;
const now = new Date();
const { peildatum, outdated } = choosePeildatum(now, validUntil);

const easyRead = loadEasyRead(storage);

// The kiosk always greets the next visitor in Dutch; the visitor picks a language on screen.
void initI18n(loadLanguage(storage, mode.persist ? navigator.languages : [])).then(() => {
  if (easyRead) setEasyRead(true);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App mode={mode} modeDecision={modeDecision} initial={loadSaved(storage)} initialEasyRead={easyRead} peildatum={peildatum} today={isoDate(now)} validUntil={validUntil} outdated={outdated} storage={storage} />
    </StrictMode>,
  );
});
