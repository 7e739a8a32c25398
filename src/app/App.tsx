/**
 * The app shell: header with language choice, the current screen, and the footer with the date
 * the figures are valid until and the button that wipes the answers. The only place where the
 * questionnaire, the rules and the results meet.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../questionnaire/answers';
import type { Flow } from '../questionnaire/steps';
import { clearSaved, EMPTY, save, type Screen } from '../questionnaire/saveAnswers';
import type { Loaded } from '../questionnaire/savedAnswers';
import { useAnswersFromOtherTabs } from '../questionnaire/useAnswersFromOtherTabs';
import { registerServiceWorker } from '../pwa/registerServiceWorker';
import { UpdateNotice } from '../pwa/UpdateNotice';
import { formatDate } from '../i18n/format';
import { eraseDevice } from '../modes/eraseDevice';
import { withNormFigures } from '../i18n/i18n';
import type { ModeDecision } from '../modes/detectMode';
import { IdleReset } from '../modes/IdleReset';
import { ModeSetup } from '../modes/ModeSetup';
import { ModeContext } from '../modes/ModeContext';
import type { Mode } from '../modes/modes';
import { FooterLinks, isLegalScreen, type LegalScreen } from '../legal/FooterLinks';
import { SharedResultsShell } from '../takeHome/SharedResultsShell';
import { chooseLanguage } from './chooseLanguage';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { ProvisionalFigures } from './ProvisionalFigures';
import { leaveForNeutralPage } from './quickExit';
import { StartScreen } from './StartScreen';

const Questionnaire = lazy(withNormFigures(() => import('../questionnaire/Questionnaire')));
const ResultsScreen = lazy(withNormFigures(() => import('./ResultsScreen')));
const CataloguePage = lazy(withNormFigures(() => import('../catalogue/CataloguePage')));
const SharedResultsPage = lazy(withNormFigures(() => import('./SharedResultsPage')));
const HelpNowScreen = lazy(withNormFigures(() => import('./HelpNowScreen')));
const CheckAnswers = lazy(withNormFigures(() => import('../questionnaire/CheckAnswers')));
const AccessibilityStatement = lazy(() => import('../legal/AccessibilityStatement'));
const PrivacyStatement = lazy(() => import('../legal/PrivacyStatement'));
const Colophon = lazy(() => import('../legal/Colophon'));

type Props = {
  mode: Mode;
  modeDecision: ModeDecision;
  /** What this device had saved, and whether something damaged in it was left out. */
  initial: Loaded;
  initialEasyRead: boolean;
  peildatum: string;
  /** Today's date, which a take-home link's date may not lie after. */
  today: string;
  validUntil: string;
  outdated: boolean;
  storage: Storage | undefined;
  /** The take-home link's payload; '' for the prerendered shell that waits for it; null: none. */
  shared: string | null;
};

/**
 * The screens; 'shared' shows results from a take-home link and is never saved. `review`: a step
 * opened from "check your answers", which returns there; `back`: where a page about the app returns to.
 */
type Navigation = { screen: Screen | 'shared'; stepId?: string | undefined; flow?: Flow | undefined; review?: boolean; back?: Navigation };

export function App({ mode, modeDecision, initial: { saved: initial, dropped }, initialEasyRead, peildatum, today, validUntil, outdated, storage, shared }: Props) {
  const { t, i18n } = useTranslation();
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [nav, setNav] = useState<Navigation>(shared !== null ? { screen: 'shared' } : { screen: initial.screen ?? 'start', stepId: initial.stepId, flow: initial.flow });
  const [showDropped, setShowDropped] = useState(dropped);
  // Bumped when another tab changed the answers, so an open form shows them.
  const [revision, setRevision] = useState(0);
  useAnswersFromOtherTabs(storage, answers, useCallback((next: Answers) => {
    setAnswers(next);
    setRevision((r) => r + 1);
  }, []));
  const [update, setUpdate] = useState<(() => void) | null>(null);
  const [easyRead, setEasyReadState] = useState(initialEasyRead);

  useEffect(() => registerServiceWorker((apply) => setUpdate(() => apply)), []);

  const screen = nav.screen;

  useEffect(() => {
    if (nav.screen !== 'shared') save(storage, { answers, stepId: nav.stepId, screen: nav.screen, ...(nav.flow ? { flow: nav.flow } : {}) });
  }, [storage, answers, nav]);

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
    // At the kiosk the back button must not walk through the previous visitor's screens.
    if (mode.persist) window.history.pushState(next, '');
    else window.history.replaceState(next, '');
    setNav(next);
    setShowDropped(false);
    window.scrollTo(0, 0);
  }, [mode.persist]);

  const clear = () => {
    // At the kiosk "clear" means the full erase: language, read-aloud and memory too.
    if (!mode.persist) return void eraseDevice(mode);
    clearSaved(storage);
    setAnswers(EMPTY.answers);
    go({ screen: 'start' });
  };

  const quickExit = () => {
    if (!mode.persist) return void eraseDevice(mode);
    // Back, or opening the app again, shows the start screen: saved that way, and already on
    // screen when the browser keeps the page in its back-forward cache.
    save(storage, { answers, screen: 'start' });
    window.history.replaceState({ screen: 'start' }, '');
    flushSync(() => setNav({ screen: 'start' }));
    leaveForNeutralPage();
  };

  const onDraft = useCallback((draft: Answers) => setAnswers(draft), []);
  // A page about the app returns to the screen it was opened from, never to another such page.
  const openLegal = (page: LegalScreen) => go({ screen: page, back: isLegalScreen(nav.screen) ? nav.back : nav });
  const closeLegal = () => go(nav.back ?? { screen: 'start' });

  return (
    <ModeContext.Provider value={mode}>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header
        storage={storage}
        easyRead={easyRead}
        onEasyRead={setEasyReadState}
        onHome={screen === 'start' || screen === 'shared' ? undefined : () => go({ screen: 'start', stepId: nav.stepId })}
      />
      <main id="main" className="page-main" tabIndex={-1}>
        {modeDecision.toConfirm && <ModeSetup decision={{ ...modeDecision, toConfirm: modeDecision.toConfirm }} />}
        {showDropped && (
          <div className="callout callout--warning" role="status">
            <p className="utrecht-paragraph">{t('savedAnswers.dropped')}</p>
          </div>
        )}
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
              onStart={() => go({ screen: 'questions', stepId: nav.flow === 'geldzorgen' ? undefined : nav.stepId, flow: 'check' })}
              onRestart={clear}
              onCatalogue={() => go({ screen: 'catalogue', stepId: nav.stepId })}
              onMoneyWorries={() => go({ screen: 'questions', stepId: 'geldzaken', flow: 'geldzorgen' })}
              onPrivacy={() => openLegal('privacy')}
              onLanguage={(code) => void chooseLanguage(code, storage, mode)}
            />
          )}
          {screen === 'catalogue' && <CataloguePage peildatum={peildatum} onStart={() => go({ screen: 'questions', stepId: nav.stepId })} />}
          {screen === 'questions' && (
            <Questionnaire
              // A fresh form per step: its own schema, defaults and question-by-question position.
              key={`${nav.flow ?? 'check'}-${nav.stepId ?? ''}-${revision}`}
              answers={answers}
              stepId={nav.stepId}
              flow={nav.flow ?? 'check'}
              onePerScreen={easyRead}
              review={nav.review ?? false}
              peildatum={peildatum}
              onDraft={onDraft}
              onStep={(next, stepId) => {
                setAnswers(next);
                go({ screen: 'questions', stepId, flow: nav.flow, review: nav.review });
              }}
              onDone={(next) => {
                setAnswers(next);
                go({ screen: nav.flow === 'geldzorgen' ? 'hulp' : 'controle', stepId: nav.stepId, flow: nav.flow });
              }}
              onBackToStart={() => go({ screen: 'start', stepId: nav.stepId })}
            />
          )}
          {screen === 'hulp' && (
            <HelpNowScreen
              answers={answers}
              peildatum={peildatum}
              onFullCheck={() => go({ screen: 'questions', stepId: 'woonplaats', flow: 'check' })}
              onIncomplete={() => setNav({ screen: 'questions', stepId: 'geldzaken', flow: 'geldzorgen' })}
              onQuickExit={quickExit}
            />
          )}
          {screen === 'controle' && (
            <CheckAnswers
              answers={answers}
              peildatum={peildatum}
              easyRead={easyRead}
              onChange={(stepId) => go({ screen: 'questions', stepId, flow: 'check', review: true })}
              onConfirm={() => go({ screen: 'results', stepId: nav.stepId, flow: 'check' })}
            />
          )}
          {screen === 'toegankelijkheid' && <AccessibilityStatement easyRead={easyRead} onBack={closeLegal} />}
          {screen === 'privacy' && <PrivacyStatement easyRead={easyRead} onBack={closeLegal} />}
          {screen === 'colofon' && <Colophon easyRead={easyRead} onBack={closeLegal} />}
          {screen === 'shared' && (shared ? <SharedResultsPage payload={shared} today={today} onStart={() => go({ screen: 'start' })} /> : <SharedResultsShell />)}
          {screen === 'results' && (
            <ResultsScreen
              answers={answers}
              peildatum={peildatum}
              onChangeAnswers={() => go({ screen: 'questions', stepId: 'woonplaats', flow: 'check' })}
              onIncomplete={(stepId) => setNav({ screen: 'questions', stepId, flow: 'check' })}
              onClear={clear}
            />
          )}
        </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="page-footer">
        <div className="page-footer__inner">
          <p className="utrecht-paragraph">{t('app.privacy', { context: mode.id })}</p>
          <p className="utrecht-paragraph">{t('app.validUntil', { datum: formatDate(validUntil, i18n.language) })}</p>
          <ProvisionalFigures peildatum={peildatum} />
          <FooterLinks current={screen} onOpen={openLegal} />
          {Object.keys(answers).length > 0 && (
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={clear}>
              {t('app.clear')}
            </button>
          )}
        </div>
      </footer>
      {update && <UpdateNotice onUpdate={update} onDismiss={() => setUpdate(null)} />}
      {mode.idleResetAfterMs !== null && <IdleReset afterMs={mode.idleResetAfterMs} />}
    </ModeContext.Provider>
  );
}
