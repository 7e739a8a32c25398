/**
 * A gentle warning for toeslagen someone receives that the estimate says are gone or cannot confirm:
 * an advance that was too high must be paid back after the year, a major cause of debt. Says how to
 * report the change in time (the outcomes come from `terugbetaalRisico` in the rules).
 */
import { useTranslation } from 'react-i18next';
import { isolated } from '../i18n/format';
import { channel, type Outcome } from '../rules';
import { runtimeKey } from '../i18n/keys';
import { SchemeName } from '../ui/SchemeName';

export function RepaymentWarning({ outcomes }: { outcomes: readonly Outcome[] }) {
  const { t } = useTranslation();
  if (outcomes.length === 0) return null;
  return (
    <section className="callout callout--warning repayment-warning" aria-labelledby="repayment-warning">
      <h2 className="utrecht-heading-2" id="repayment-warning">
        {t('alOntvangen.waarschuwing.title')}
      </h2>
      <ul>
        {outcomes.map((o) => (
          <li key={o.schemeId}>
            <SchemeName id={o.schemeId} />: {t(runtimeKey(`alOntvangen.waarschuwing.${o.verdict}`))}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph">{t('alOntvangen.waarschuwing.why')}</p>
      <p className="utrecht-paragraph">{t('alOntvangen.waarschuwing.how', { telefoon: isolated(channel('belastingTelefoon').phone) })}</p>
    </section>
  );
}
