import { useTranslation } from 'react-i18next';

/** What the prerendered take-home page shows until the script has read the link's results. */
export function SharedResultsShell() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('takeHome.sharedTitle')}</h1>
      <p className="utrecht-paragraph">{t('app.loading')}</p>
    </>
  );
}
