/**
 * "Snel weg": for when a partner may see the screen. What it does is the app's to decide
 * (`src/app/quickExit.ts`): leave for a neutral page, or at the kiosk erase the visit.
 */
import { useTranslation } from 'react-i18next';

export function QuickExit({ onExit }: { onExit: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="quick-exit">
      <button type="button" className="utrecht-button utrecht-button--secondary-action quick-exit__button" onClick={onExit}>
        {t('geldThuis.quickExit')}
      </button>
    </div>
  );
}
