/**
 * The top of the results, one phone screen: urgent help first when the triage says "act today",
 * then the new money per month, how many schemes to apply for, and the first thing to do.
 */
import { useTranslation } from 'react-i18next';
import { channel, totalAmount, type ActionPlan, type Outcome } from '../rules';
import { useMode } from '../modes/ModeContext';
import { formatMoney } from '../i18n/format';
import { PhoneNumber } from '../ui/PhoneNumber';

type Props = { outcomes: readonly Outcome[]; alOntvangen: readonly string[]; plan: ActionPlan };

export function ResultsSummary({ outcomes, alOntvangen, plan }: Props) {
  const { t, i18n } = useTranslation();
  const { phoneLinks } = useMode();
  const total = totalAmount(outcomes, alOntvangen);
  const toApply = outcomes.filter((o) => o.kind === 'regeling' && o.verdict !== 'unlikely' && !alOntvangen.includes(o.schemeId)).length;
  const first = plan.stappen[0];
  const firstChannel = first?.channels[0];
  const phone = firstChannel ? channel(firstChannel).phone : undefined;
  return (
    <section className={`results-summary${first?.urgent ? ' results-summary--urgent' : ''}`} aria-labelledby="results-summary">
      <h2 className="utrecht-heading-2" id="results-summary">
        {t('resultsSummary.title')}
      </h2>
      {first?.urgent && firstChannel && (
        <p className="results-summary__urgent">
          <strong>{t('resultsSummary.urgent', { naam: t(`channels.${firstChannel}.label`) })}</strong>
        </p>
      )}
      <dl className="results-summary__figures">
        <div>
          <dt>{t('resultsSummary.newMoney')}</dt>
          <dd>{total.counted.length > 0 ? t('resultsSummary.perMaand', { bedrag: formatMoney(total.perMaand, i18n.language) }) : t('resultsSummary.noAmount')}</dd>
        </div>
        <div>
          <dt>{t('resultsSummary.toApply')}</dt>
          <dd>{t('resultsSummary.schemes', { count: toApply })}</dd>
        </div>
      </dl>
      {firstChannel && !first.urgent && <p className="utrecht-paragraph">{t('resultsSummary.first', { naam: t(`channels.${firstChannel}.label`) })}</p>}
      {phone && (
        <p className="utrecht-paragraph">
          <PhoneNumber phone={phone} link={phoneLinks} />
        </p>
      )}
      {!firstChannel && <p className="utrecht-paragraph">{t('resultsSummary.nothing')}</p>}
      <p className="utrecht-paragraph">
        <a href="#action-plan">{t('resultsSummary.toPlan')}</a>
      </p>
    </section>
  );
}
