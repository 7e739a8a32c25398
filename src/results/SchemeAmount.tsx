/**
 * The amount on a scheme card: the estimate per month and per year, the calculation in plain
 * words on request, and what a change of income would do. Where the rules cannot work out an
 * amount (the municipal schemes: no Heemskerk amount is verified), the card says who tells you.
 */
import { useTranslation } from 'react-i18next';
import type { Outcome, Scheme, WhatIf } from '../rules';
import { formatMoney, formatParams } from '../i18n/format';
import { runtimeKey, type TextKey } from '../i18n/keys';

const CENTS_PER_EURO = 100;

/** "With € 130 more per month …": the change rounded up to whole euros, so it surely turns the verdict. */
function WhatIfSentence({ whatIf }: { whatIf: WhatIf }) {
  const { t, i18n } = useTranslation();
  const bedrag = Math.ceil(Math.abs(whatIf.verschil) / CENTS_PER_EURO) * CENTS_PER_EURO;
  const richting = whatIf.verschil > 0 ? 'meer' : 'minder';
  return <p className="utrecht-paragraph scheme-card__what-if">{t(`amounts.whatIf.${richting}.${whatIf.inkomen}`, { bedrag: formatMoney(bedrag, i18n.language) })}</p>;
}

function noAmountKey(outcome: Outcome, scheme: Scheme): TextKey[] | null {
  // A scheme the rules can calculate but not for these answers (rent unknown, medebewoners).
  if (scheme.amount) return outcome.verdict === 'unknown' ? ['amounts.none.unknown'] : null;
  return [runtimeKey(`schemes.${scheme.id}.noAmount`), `amounts.none.${scheme.level}`];
}

export function SchemeAmount({ outcome, scheme, whatIf }: { outcome: Outcome; scheme: Scheme; whatIf?: WhatIf | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (outcome.kind !== 'regeling' || outcome.verdict === 'unlikely') return null;
  const { amount } = outcome;
  if (!amount) {
    const key = noAmountKey(outcome, scheme);
    return (
      <>
        {key && <p className="utrecht-paragraph scheme-card__amount">{t(key)}</p>}
        {whatIf && <WhatIfSentence whatIf={whatIf} />}
      </>
    );
  }
  const money = (cents: number) => formatMoney(cents, i18n.language);
  return (
    <div className="scheme-card__amount" data-amount-per-maand={amount.perMaand}>
      <p className="utrecht-paragraph">
        <strong>{t('amounts.perMaand', { perMaand: money(amount.perMaand), perJaar: money(amount.perJaar) })}</strong>
        {amount.estimated && ` ${t('amounts.estimated')}`}
      </p>
      {outcome.verdict === 'unknown' && <p className="utrecht-paragraph">{t('amounts.notCounted')}</p>}
      <details>
        <summary>{t('amounts.howCalculated')}</summary>
        <ol>
          {amount.steps.map((step, i) => (
            // A step can occur more than once (the rent bands of the huurtoeslag).
            <li key={`${i}-${step.key}`}>{t(runtimeKey(step.key), formatParams(step.params, i18n.language, (key, values) => t(runtimeKey(key), values)))}</li>
          ))}
        </ol>
        {whatIf && <WhatIfSentence whatIf={whatIf} />}
      </details>
    </div>
  );
}
