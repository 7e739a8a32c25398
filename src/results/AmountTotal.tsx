/**
 * The headline of the results: about how much more per month and per year the inhabitant may get.
 * Only schemes that are likely and have an amount count; "can't tell" and the municipal schemes
 * (no verified Heemskerk amounts) do not. Always worded as an estimate.
 */
import { useTranslation } from 'react-i18next';
import type { Amount, Outcome } from '../rules';
import { formatMoney } from './format';

type Counted = Outcome & { amount: Amount };

export function totalOf(outcomes: readonly Outcome[]): { perMaand: number; perJaar: number; estimated: boolean; counted: Counted[] } {
  const counted = outcomes.filter((o): o is Counted => o.verdict === 'likely' && o.amount !== undefined);
  return {
    perMaand: counted.reduce((sum, o) => sum + o.amount.perMaand, 0),
    perJaar: counted.reduce((sum, o) => sum + o.amount.perJaar, 0),
    estimated: counted.some((o) => o.amount.estimated),
    counted,
  };
}

export function AmountTotal({ outcomes }: { outcomes: readonly Outcome[] }) {
  const { t, i18n } = useTranslation();
  const total = totalOf(outcomes);
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
            <span lang="nl">{t(`schemes.${o.schemeId}.name`)}</span>: {t('amounts.total.item', { perMaand: money(o.amount.perMaand) })}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph">{t('amounts.total.explain')}</p>
      {total.estimated && <p className="utrecht-paragraph">{t('amounts.total.estimated')}</p>}
    </section>
  );
}
