/**
 * "Take your results home": a QR code to scan with one's own phone (kiosk and volunteer) and a
 * print-out. Printing only happens when asked, so nothing is left on the library's printer.
 */
import { useTranslation } from 'react-i18next';
import { useMode } from '../modes/ModeContext';
import type { Outcome } from '../rules';
import { QrCode } from './QrCode';
import { resultsLink } from './resultsPayload';

export function TakeHome({ outcomes, peildatum }: { outcomes: readonly Outcome[]; peildatum: string }) {
  const { t, i18n } = useTranslation();
  const mode = useMode();
  const shared = outcomes.flatMap((o) => (o.verdict === 'unlikely' ? [] : [{ schemeId: o.schemeId, verdict: o.verdict }]));
  const link = resultsLink(window.location.origin, { peildatum, language: i18n.language, outcomes: shared });
  return (
    <section aria-labelledby="take-home" className="take-home">
      <h2 className="utrecht-heading-2" id="take-home">
        {t('takeHome.title')}
      </h2>
      {mode.takeHomeQr && (
        <>
          <p className="utrecht-paragraph">{t('takeHome.qrIntro')}</p>
          <QrCode text={link} label={t('takeHome.qrLabel')} />
        </>
      )}
      <div className="actions">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => window.print()}>
          {t('takeHome.print')}
        </button>
      </div>
    </section>
  );
}
