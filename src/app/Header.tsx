/**
 * The page header: the app's name, and on every screen the language choice, easy-read,
 * read-aloud and, at the kiosk, the big "finish and erase" button ("next person" for a volunteer).
 */
import { useTranslation } from 'react-i18next';
import { setEasyRead } from '../i18n/i18n';
import { saveEasyRead } from '../i18n/languagePreference';
import { isLanguage, LANGUAGE_CODES, nativeName, reviewedByNativeSpeaker } from '../i18n/languages';
import { eraseDevice } from '../modes/eraseDevice';
import { useMode } from '../modes/ModeContext';
import { ReadAloudButton } from '../readAloud/ReadAloudButton';
import { chooseLanguage } from './chooseLanguage';

/** `onHome`: back to the start screen; an installed app has no back button of its own. */
type Props = { storage: Storage | undefined; easyRead: boolean; onEasyRead: (on: boolean) => void; onHome?: (() => void) | undefined };

export function Header({ storage, easyRead, onEasyRead, onHome }: Props) {
  const { t, i18n } = useTranslation();
  const mode = useMode();
  const toggleEasyRead = () => {
    setEasyRead(!easyRead);
    saveEasyRead(storage, !easyRead);
    onEasyRead(!easyRead);
  };
  return (
    <header className="page-header">
      <div className="page-header__inner">
        <p className="page-header__title">
          <strong>{t('app.name')}</strong>
          <small>{t('app.municipality')}</small>
        </p>
        <div className="page-header__tools">
          {onHome && (
            <button type="button" className="utrecht-button utrecht-button--secondary-action header-button" onClick={onHome}>
              {t('formDetails.home')}
            </button>
          )}
          <label htmlFor="language">{t('app.language')}</label>
          <select
            id="language"
            value={i18n.language}
            onChange={(event) => {
              const code = event.target.value;
              if (isLanguage(code)) void chooseLanguage(code, storage, mode);
            }}
          >
            {LANGUAGE_CODES.map((code) => (
              <option key={code} value={code} lang={code}>
                {nativeName(code)}
                {reviewedByNativeSpeaker(code) ? '' : ` (${t('languageReview.notReviewed')})`}
              </option>
            ))}
          </select>
          <button type="button" className="utrecht-button utrecht-button--secondary-action header-button" aria-pressed={easyRead} onClick={toggleEasyRead}>
            {t('app.easyRead')}
          </button>
          <ReadAloudButton targetId="main" />
          {!mode.persist && (
            <button type="button" className="utrecht-button utrecht-button--primary-action finish-button" onClick={() => void eraseDevice(mode)}>
              {mode.id === 'vrijwilliger' ? t('deviceMode.nextPerson') : t('kiosk.finish')}
            </button>
          )}
        </div>
        {!reviewedByNativeSpeaker(i18n.language) && (
          // Read in full on the start screen, where the language is chosen; after that one line, so
          // the header leaves room for the results' summary on a phone screen.
          <details className="language-review-notice" open={!onHome}>
            <summary>{t('languageReview.notReviewed')}</summary>
            <p>{t('languageReview.notice')}</p>
          </details>
        )}
      </div>
    </header>
  );
}
