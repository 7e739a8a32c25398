import { useTranslation } from 'react-i18next';

/** Tells that a new version is ready and loads it only when asked. */
export function UpdateNotice({ onUpdate, onDismiss }: { onUpdate: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="update-notice" role="status">
      <span>{t('pwa.updateReady')}</span>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onUpdate}>
        {t('pwa.update')}
      </button>
      <button type="button" className="utrecht-button utrecht-button--subtle" style={{ color: '#fff' }} onClick={onDismiss}>
        {t('pwa.later')}
      </button>
    </div>
  );
}
