/**
 * "Geldzorgen? Direct hulp": the short path. A few questions about money trouble, then this page
 * with the help that fits, most urgent first, without asking anything about income.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TriageResult } from '../rules';
import { TriageLevel } from './TriageLevel';
import { WieBeslistOverGeld } from './WieBeslistOverGeld';

/** `levels`: the triage of the answers about money trouble, most urgent first (src/app works it out). */
type Props = { levels: readonly TriageResult[]; onFullCheck: () => void; onQuickExit: () => void };

export default function HelpNowPage({ levels, onFullCheck, onQuickExit }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 className="utrecht-heading-1" tabIndex={-1} ref={heading}>
        {t('triage.title')}
      </h1>
      <p className="utrecht-paragraph">{t('triage.intro')}</p>
      {levels.map((result) => (
        <TriageLevel key={result.level} result={result} />
      ))}
      <WieBeslistOverGeld onQuickExit={onQuickExit} />
      <div className="actions">
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onFullCheck}>
          {t('triage.doFullCheck')}
        </button>
      </div>
    </>
  );
}
