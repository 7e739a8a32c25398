/**
 * Staff confirm on the device itself before it remembers a mode: a link alone (`?kiosk=1`) may run
 * one load as a kiosk, which is safe, but must never lock someone's phone into it for good.
 */
import { useTranslation } from 'react-i18next';
import { deviceLocalStorage } from '../storage/deviceStorage';
import { homeUrl, modeOf, rememberSetting, type ModeDecision, type ModeSetting } from './detectMode';

export function ModeSetup({ decision }: { decision: ModeDecision & { toConfirm: ModeSetting } }) {
  const { t } = useTranslation();
  const request = decision.toConfirm;
  const go = (setting: ModeSetting) => window.location.replace(homeUrl(window.location.pathname, modeOf(setting)));
  const confirm = () => {
    rememberSetting(document, deviceLocalStorage(), request);
    go(request);
  };
  return (
    <section className="callout callout--warning mode-setup" aria-labelledby="mode-setup-title">
      <h2 className="utrecht-heading-2" id="mode-setup-title">
        {t('deviceMode.title')}
      </h2>
      <p className="utrecht-paragraph">{t(`deviceMode.${request.id}`, { seconds: request.waitSeconds ?? 0 })}</p>
      <p className="utrecht-paragraph">{t('deviceMode.staffOnly')}</p>
      <div className="actions">
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={confirm}>
          {t('deviceMode.confirm')}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => go(decision.memory ?? { id: 'inwoner', waitSeconds: null })}>
          {t('deviceMode.cancel')}
        </button>
      </div>
    </section>
  );
}
