/**
 * The headline of the results: about how much more per month and per year the inhabitant may get
 * (what counts is decided by `totalAmount` in the rules). Always worded as an estimate.
 */
import { useTranslation } from 'react-i18next';
import { totalAmount, type Outcome } from '../rules';
import { formatMoney } from '../i18n/format';
import { SchemeName } from '../ui/SchemeName';

/** `alOntvangen`: the schemes the household already receives, which are not new money. */
export function AmountTotal({ outcomes, alOntvangen = [] }: { outcomes: readonly Outcome[]; alOntvangen?: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const total = totalAmount(outcomes, alOntvangen);
  if (total.counted.length === 0) return null;
  const money = (cents: number) => formatMoney(cents, i18n.language);
  return (
    <section className="callout amount-total" aria-labelledby="amount-total">
      <h2 className="utrecht-heading-2" id="amount-total">
        {t('amounts.total.title')}
      </h2>
      <p className="utrecht-paragraph">
        <strong>{t('amounts.total.headline', { perMaand: money(total.perMaand), perJaar: money(total.perJaar) })}</strong>
      </p>
      <ul>
        {total.counted.map((o) => (
          <li key={o.schemeId}>
            <SchemeName id={o.schemeId} />: {t('amounts.total.item', { perMaand: money(o.amount.perMaand) })}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph">{t('amounts.total.explain')}</p>
      {total.leftOut.length > 0 && <p className="utrecht-paragraph">{t('alOntvangen.nietMeegeteld')}</p>}
      {total.estimated && <p className="utrecht-paragraph">{t('amounts.total.estimated')}</p>}
    </section>
  );
}
