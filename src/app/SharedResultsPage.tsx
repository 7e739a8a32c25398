/**
 * Results opened from a take-home link on the inhabitant's own phone: the schemes to apply for,
 * with how and where, in the language chosen at the kiosk. No answers or amounts: the link has none.
 * It is a copy of a result that anyone could have made or changed, and the page says so.
 */
import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';
import { isLanguage, LANGUAGE_CODES } from '../i18n/languages';
import { formatDate } from '../i18n/format';
import { SchemeCard } from '../results/SchemeCard';
import { schemes, type Outcome } from '../rules';
import { decodeResults } from '../takeHome/resultsPayload';

const SCHEME_IDS = schemes.map((s) => s.id);

export default function SharedResultsPage({ payload, today, onStart }: { payload: string; today: string; onStart: () => void }) {
  const { t, i18n } = useTranslation();
  const decoded = decodeResults(payload, { schemeIds: SCHEME_IDS, languages: LANGUAGE_CODES, today });
  const language = decoded.ok ? decoded.results.language : null;

  // Once, for the language the link was made in: the visitor may switch afterwards.
  const showIn = useEffectEvent((code: string) => {
    if (code !== i18n.language) void changeLanguage(code);
  });
  useEffect(() => {
    if (language && isLanguage(language)) showIn(language);
  }, [language]);

  if (!decoded.ok) {
    return (
      <>
        <h1 className="utrecht-heading-1">{t('takeHome.sharedTitle')}</h1>
        <div className="callout callout--error" role="alert">
          <p className="utrecht-paragraph">{t(decoded.error)}</p>
        </div>
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onStart}>
          {t('catalogue.start')}
        </button>
      </>
    );
  }
  const { peildatum, outcomes } = decoded.results;
  const cards: Outcome[] = outcomes.map(({ schemeId, verdict }) => ({
    schemeId,
    kind: schemes.find((s) => s.id === schemeId)!.kind,
    verdict,
    reasons: [],
    missingFacts: [],
    normsUsed: [],
    unverified: false,
    provisional: [],
    peildatum,
  }));
  return (
    <>
      <h1 className="utrecht-heading-1">{t('takeHome.sharedTitle')}</h1>
      <div className="callout">
        <p className="utrecht-paragraph">{t('takeHome.sharedIntro', { datum: formatDate(peildatum, i18n.language) })}</p>
        <p className="utrecht-paragraph">{t('takeHomeLink.provesNothing')}</p>
      </div>
      <ul className="scheme-list">
        {cards.map((outcome) => (
          <SchemeCard key={outcome.schemeId} outcome={outcome} />
        ))}
      </ul>
      <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onStart}>
        {t('catalogue.start')}
      </button>
    </>
  );
}
