import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../i18n/languages';
import { useMode } from '../modes/ModeContext';
import { LanguageLinks } from './LanguageLinks';

type Props = {
  hasAnswers: boolean;
  onStart: () => void;
  onRestart: () => void;
  onCatalogue: () => void;
  onMoneyWorries: () => void;
  onLanguage: (code: LanguageCode) => void;
  onPrivacy: () => void;
};

/** The first screen: what the check is, what it needs, that answers stay on the device. */
export function StartScreen({ hasAnswers, onStart, onRestart, onCatalogue, onMoneyWorries, onLanguage, onPrivacy }: Props) {
  const { t } = useTranslation();
  const mode = useMode();
  return (
    <>
      <LanguageLinks onLanguage={onLanguage} />
      <h1 className="utrecht-heading-1" tabIndex={-1}>
        {t('start.title')}
      </h1>
      <p className="utrecht-paragraph">{t('start.intro')}</p>
      <ul>
        <li>{t('start.time')}</li>
        <li>{t('start.need')}</li>
        <li>
          {t('start.privacy', { context: mode.id })}{' '}
          <button type="button" className="link-button" onClick={onPrivacy}>
            {t('legalPages.startPrivacy')}
          </button>
        </li>
        <li>{t('start.indication')}</li>
      </ul>
      <div className="actions">
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onStart}>
          {t(hasAnswers ? 'start.continue' : 'start.begin')}
        </button>
        {hasAnswers && (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onRestart}>
            {t('start.restart')}
          </button>
        )}
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onMoneyWorries}>
          {t('triage.startLink')}
        </button>
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onCatalogue}>
          {t('catalogue.link')}
        </button>
      </div>
    </>
  );
}
