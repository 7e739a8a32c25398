/**
 * "Take your results home": a QR code to scan with one's own phone (kiosk and volunteer) and a
 * print-out. Printing only happens when asked, so nothing is left on the library's printer.
 *
 * Anyone who sees the code can read it, so the inhabitant decides whether help with money (debt
 * help, budget coaching, Wsnp…) goes into it; it stays out unless they tick the box. The page says
 * what the code holds.
 */
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMode } from '../modes/ModeContext';
import type { Outcome } from '../rules';
import { Checkbox } from '../ui/Checkbox';
import { QrCode } from './QrCode';
import { resultsLink, sharedOutcomes } from './resultsPayload';

export function TakeHome({ outcomes, peildatum }: { outcomes: readonly Outcome[]; peildatum: string }) {
  const { t, i18n } = useTranslation();
  const mode = useMode();
  const [withMoneyHelp, setWithMoneyHelp] = useState(false);
  const hasMoneyHelp = outcomes.some((o) => o.verdict !== 'unlikely' && o.kind === 'hulp');
  const link = resultsLink(window.location.origin, { peildatum, language: i18n.language, outcomes: sharedOutcomes(outcomes, withMoneyHelp) });
  return (
    <section aria-labelledby="take-home" className="take-home">
      <h2 className="utrecht-heading-2" id="take-home">
        {t('takeHome.title')}
      </h2>
      {mode.takeHomeQr && (
        <>
          <p className="utrecht-paragraph">{t('takeHome.qrIntro')}</p>
          {hasMoneyHelp && (
            <Checkbox id="qr-money-help" label={t('takeHomeLink.includeMoneyHelp')} registration={{ checked: withMoneyHelp, onChange: (event: ChangeEvent<HTMLInputElement>) => setWithMoneyHelp(event.target.checked) }} />
          )}
          <p className="utrecht-paragraph" id="qr-contents">
            {t('takeHomeLink.contents')} {hasMoneyHelp && t(withMoneyHelp ? 'takeHomeLink.moneyHelpIn' : 'takeHomeLink.moneyHelpOut')}
          </p>
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
