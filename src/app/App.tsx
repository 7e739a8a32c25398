/**
 * The app shell: header with language choice, the current screen, and the footer with the date
 * the figures are valid until and the button that wipes the answers. The only place where the
 * questionnaire, the rules and the results meet.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, setEasyRead } from '../i18n/i18n';
import { saveEasyRead, saveLanguage } from '../i18n/languagePreference';
import { isLanguage, LANGUAGE_CODES, nativeName } from '../i18n/languages';
import type { Answers } from '../questionnaire/answers';
import { clearSaved, EMPTY, save, type Saved, type Screen } from '../questionnaire/savedAnswers';
import { registerServiceWorker } from '../pwa/registerServiceWorker';
import { ReadAloudButton } from '../readAloud/ReadAloudButton';
import { UpdateNotice } from '../pwa/UpdateNotice';
import { formatDate } from '../results/format';
import { ErrorBoundary } from './ErrorBoundary';
import { StartScreen } from './StartScreen';

const Questionnaire = lazy(() => import('../questionnaire/Questionnaire'));
const ResultsPage = lazy(() => import('../results/ResultsPage'));
const CataloguePage = lazy(() => import('../catalogue/CataloguePage'));

type Props = {
  initial: Saved;
  initialEasyRead: boolean;
  peildatum: string;
  validUntil: string;
  outdated: boolean;
  storage: Storage | undefined;
};

type Navigation = { screen: Screen; stepId?: string | undefined };

export function App({ initial, initialEasyRead, peildatum, validUntil, outdated, storage }: Props) {
  const { t, i18n } = useTranslation();
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [nav, setNav] = useState<Navigation>({ screen: initial.screen ?? 'start', stepId: initial.stepId });
  const [update, setUpdate] = useState<(() => void) | null>(null);
  const [easyRead, setEasyReadState] = useState(initialEasyRead);

  const toggleEasyRead = () => {
    setEasyRead(!easyRead);
    saveEasyRead(storage, !easyRead);
    setEasyReadState(!easyRead);
  };

  useEffect(() => registerServiceWorker((apply) => setUpdate(() => apply)), []);

  const screen = nav.screen;

  useEffect(() => save(storage, { answers, stepId: nav.stepId, screen: nav.screen }), [storage, answers, nav]);

  useEffect(() => {
    // The phone's back button walks back through the steps. The state lives in history entries,
    // never in the URL, so no answer ends up in an address bar or a server log.
    const onPop = (event: PopStateEvent) => {
      const state = event.state as Navigation | null;
      setNav(state && typeof state.screen === 'string' ? state : { screen: 'start' });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const go = useCallback((next: Navigation) => {
    window.history.pushState(next, '');
    setNav(next);
    window.scrollTo(0, 0);
  }, []);

  const clear = () => {
    clearSaved(storage);
    setAnswers(EMPTY.answers);
    go({ screen: 'start' });
  };

  const onDraft = useCallback((draft: Answers) => setAnswers(draft), []);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="page-header">
        <div className="page-header__inner">
          <p className="page-header__title">
            <strong>{t('app.name')}</strong>
            <small>{t('app.municipality')}</small>
          </p>
          <div className="page-header__tools">
            <label htmlFor="language">{t('app.language')}</label>
            <select
              id="language"
              value={i18n.language}
              onChange={(event) => {
                const code = event.target.value;
                if (!isLanguage(code)) return;
                saveLanguage(storage, code);
                void changeLanguage(code);
              }}
            >
              {LANGUAGE_CODES.map((code) => (
                <option key={code} value={code} lang={code}>
                  {nativeName(code)}
                </option>
              ))}
            </select>
            <button type="button" className="utrecht-button utrecht-button--secondary-action header-button" aria-pressed={easyRead} onClick={toggleEasyRead}>
              {t('app.easyRead')}
            </button>
            <ReadAloudButton targetId="main" />
          </div>
        </div>
      </header>
      <main id="main" className="page-main" tabIndex={-1}>
        {outdated && (
          <div className="callout callout--warning" role="status">
            <p className="utrecht-paragraph">{t('app.outdated', { datum: formatDate(validUntil, i18n.language) })}</p>
          </div>
        )}
        <ErrorBoundary onReset={clear}>
        <Suspense fallback={<p className="utrecht-paragraph">{t('app.loading')}</p>}>
          {screen === 'start' && (
            <StartScreen
              hasAnswers={Object.keys(answers).length > 0}
              onStart={() => go({ screen: 'questions', stepId: nav.stepId })}
              onRestart={clear}
              onCatalogue={() => go({ screen: 'catalogue', stepId: nav.stepId })}
            />
          )}
          {screen === 'catalogue' && <CataloguePage peildatum={peildatum} onStart={() => go({ screen: 'questions', stepId: nav.stepId })} />}
          {screen === 'questions' && (
            <Questionnaire
              answers={answers}
              stepId={nav.stepId}
              peildatum={peildatum}
              onDraft={onDraft}
              onStep={(next, stepId) => {
                setAnswers(next);
                go({ screen: 'questions', stepId });
              }}
              onDone={(next) => {
                setAnswers(next);
                go({ screen: 'results', stepId: nav.stepId });
              }}
              onBackToStart={() => go({ screen: 'start', stepId: nav.stepId })}
            />
          )}
          {screen === 'results' && (
            <ResultsPage
              answers={answers}
              peildatum={peildatum}
              onChangeAnswers={() => go({ screen: 'questions', stepId: 'woonplaats' })}
              onIncomplete={() => setNav({ screen: 'questions', stepId: nav.stepId })}
              onClear={clear}
            />
          )}
        </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="page-footer">
        <div className="page-footer__inner">
          <p className="utrecht-paragraph">{t('app.privacy')}</p>
          <p className="utrecht-paragraph">{t('app.validUntil', { datum: formatDate(validUntil, i18n.language) })}</p>
          {Object.keys(answers).length > 0 && (
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={clear}>
              {t('app.clear')}
            </button>
          )}
        </div>
      </footer>
      {update && <UpdateNotice onUpdate={update} onDismiss={() => setUpdate(null)} />}
    </>
  );
}
