/**
 * The composition of "Geldzorgen? Direct hulp": the answers about money trouble become the triage,
 * which src/help draws. A save the form would refuse leads back to the question, never here.
 */
import { useEffect } from 'react';
import HelpNowPage from '../help/HelpNowPage';
import type { Answers } from '../questionnaire/answers';
import { answersToGeldzorgen } from '../questionnaire/answersToGeldzorgen';
import { firstIncompleteStep } from '../questionnaire/steps';
import { triage } from '../rules';

type Props = { answers: Answers; peildatum: string; onFullCheck: () => void; onIncomplete: () => void; onQuickExit: () => void };

export default function HelpNowScreen({ answers, peildatum, onIncomplete, ...actions }: Props) {
  const geldzorgen = firstIncompleteStep(answers, peildatum, 'geldzorgen') ? null : answersToGeldzorgen(answers);
  useEffect(() => {
    if (!geldzorgen) onIncomplete();
  }, [geldzorgen, onIncomplete]);
  return geldzorgen ? <HelpNowPage levels={triage(geldzorgen, peildatum)} {...actions} /> : null;
}
