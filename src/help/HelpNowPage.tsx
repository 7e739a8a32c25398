/**
 * "Geldzorgen? Direct hulp": the short path. A few questions about money trouble, then this page
 * with the help that fits, most urgent first, without asking anything about income.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../questionnaire/answers';
import { answersToGeldzorgen } from '../questionnaire/answersToGeldzorgen';
import { firstIncompleteStep } from '../questionnaire/steps';
import { triage } from '../rules';
import { TriageLevel } from './TriageLevel';
import { WieBeslistOverGeld } from './WieBeslistOverGeld';

type Props = { answers: Answers; peildatum: string; onFullCheck: () => void; onIncomplete: () => void; onQuickExit: () => void };

export default function HelpNowPage({ answers, peildatum, onFullCheck, onIncomplete, onQuickExit }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // A save the form would refuse leads back to the question, never straight to this page.
  const geldzorgen = firstIncompleteStep(answers, peildatum, 'geldzorgen') ? null : answersToGeldzorgen(answers);
  useEffect(() => {
    if (!geldzorgen) onIncomplete();
    else heading.current?.focus();
  }, [geldzorgen, onIncomplete]);
  if (!geldzorgen) return null;
  return (
    <>
      <h1 className="utrecht-heading-1" tabIndex={-1} ref={heading}>
        {t('triage.title')}
      </h1>
      <p className="utrecht-paragraph">{t('triage.intro')}</p>
      {triage(geldzorgen, peildatum).map((result) => (
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
