/**
 * One scheme in the results: its Dutch name (as on letters and at the counter), a translated
 * explanation, the verdict with the reasons behind it, what to bring and where to apply.
 */
import { useTranslation } from 'react-i18next';
import { schemes, sources, type Outcome, type WhatIf } from '../rules';
import { useMode } from '../modes/ModeContext';
import { HowToApply } from '../ui/HowToApply';
import { formatParams } from '../i18n/format';
import { SchemeAmount } from './SchemeAmount';
import { runtimeKey } from '../i18n/keys';

const SHOWN_REASONS = { likely: ['pass'], unknown: ['unknown'], unlikely: ['fail'] } as const;

/** `whatIf`: how a change of income would turn the verdict, shown with the amount. */
export function SchemeCard({ outcome, whatIf }: { outcome: Outcome; whatIf?: WhatIf | null }) {
  const { t, i18n } = useTranslation();
  const { phoneLinks } = useMode();
  const scheme = schemes.find((s) => s.id === outcome.schemeId)!;
  const reasons = outcome.reasons.filter((r) => !r.minor && (SHOWN_REASONS[outcome.verdict] as readonly string[]).includes(r.verdict));
  const sourceIds = [...new Set([...scheme.sourceIds, ...outcome.normsUsed.map((n) => n.sourceId)])];
  const headingId = `scheme-${scheme.id}`;
  return (
    <li className={`scheme-card scheme-card--${outcome.verdict}`} aria-labelledby={headingId} data-scheme={scheme.id} data-verdict={outcome.verdict}>
      <h3 className="utrecht-heading-3" id={headingId}>
        <bdi lang="nl" className="scheme-card__name">
          {t(runtimeKey(`schemes.${scheme.id}.name`))}
        </bdi>
      </h3>
      <p className="scheme-card__badge">{t(`verdicts.${outcome.kind}.${outcome.verdict}`)}</p>
      <p className="utrecht-paragraph">{t(runtimeKey(`schemes.${scheme.id}.summary`))}</p>
      <SchemeAmount outcome={outcome} scheme={scheme} whatIf={whatIf} />
      {reasons.length > 0 && (
        <>
          <p className="utrecht-paragraph">
            <strong>{t('results.why')}</strong>
          </p>
          <ul>
            {reasons.map((reason) => (
              <li key={reason.key}>{t(runtimeKey(reason.key), formatParams(reason.params, i18n.language, (key, values) => t(runtimeKey(key), values)))}</li>
            ))}
          </ul>
        </>
      )}
      {outcome.unverified && <p className="callout callout--warning">{t([runtimeKey(`schemes.${scheme.id}.unverified`), 'results.unverified'])}</p>}
      {outcome.provisional.length > 0 && <p className="callout callout--warning">{t('provisional.outcome', { jaar: Number(outcome.peildatum.slice(0, 4)) })}</p>}
      {outcome.verdict !== 'unlikely' && <HowToApply scheme={scheme} phoneLinks={phoneLinks} />}
      <details>
        <summary>{t('results.sources')}</summary>
        <ul>
          {sourceIds.map((id) => (
            <li key={id}>
              <bdi lang="nl">{sources[id].title}</bdi>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
