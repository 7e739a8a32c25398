import { useTranslation } from 'react-i18next';
import { LANGUAGE_CODES, nativeName, reviewedByNativeSpeaker, type LanguageCode } from '../i18n/languages';
import { pagePath } from '../routing/pages';

/**
 * The other languages as plain links on the start screen: they work in the prerendered page before
 * the script has arrived (and without it), so a visitor whose browser asks for another language
 * than Dutch can switch at once. Once the app runs, a click switches without loading a page.
 */
export function LanguageLinks({ onLanguage }: { onLanguage: (code: LanguageCode) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <nav className="language-links" aria-label={t('prerender.languages')}>
      <ul>
        {LANGUAGE_CODES.filter((code) => code !== i18n.language).map((code) => (
          <li key={code}>
            <a
              href={pagePath(code, 'start')}
              lang={code}
              hrefLang={code}
              onClick={(event) => {
                event.preventDefault();
                onLanguage(code);
              }}
            >
              {nativeName(code)}
            </a>
            {reviewedByNativeSpeaker(code) ? '' : ` (${t('languageReview.notReviewed')})`}
          </li>
        ))}
      </ul>
    </nav>
  );
}
