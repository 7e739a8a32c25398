/**
 * The results: what the inhabitant can probably get, what is worth asking about, which help is
 * there, and (folded away) what is probably not for them, each with its reasons. Always framed as
 * an indication: the municipality decides.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TriageLevel } from '../help/TriageLevel';
import { answersToGeldzorgen } from '../questionnaire/answersToGeldzorgen';
import { alOntvangen, evaluate, schemes, terugbetaalRisico, triage, whatIf, type Household, type Outcome, type TriageResult, type WhatIf } from '../rules';
import type { Answers } from '../questionnaire/answers';
import { answersToHousehold } from '../questionnaire/answersToHousehold';
import { firstIncompleteStep } from '../questionnaire/steps';
import { PrintSummary } from '../takeHome/PrintSummary';
import { TakeHome } from '../takeHome/TakeHome';
import { AmountTotal } from './AmountTotal';
import { EigenPerspectief } from './EigenPerspectief';
import { formatDate } from './format';
import { OwnSupport } from './OwnSupport';
import { RepaymentWarning } from './RepaymentWarning';
import { SchemeCard } from './SchemeCard';

type Props = {
  answers: Answers;
  peildatum: string;
  onChangeAnswers: () => void;
  /** Results were asked for without complete answers: go to the first step that needs one. */
  onIncomplete: (stepId: string | undefined) => void;
  onClear: () => void;
};

/** `title`: the heading's key, when it is not `results.sections.<id>`; `intro`: a line under it. */
function Section({ id, outcomes, whatIfs, title = `results.sections.${id}`, intro }: { id: string; outcomes: Outcome[]; whatIfs?: ReadonlyMap<string, WhatIf | null>; title?: string; intro?: string }) {
  const { t } = useTranslation();
  if (outcomes.length === 0) return null;
  return (
    <section aria-labelledby={`section-${id}`}>
      <h2 className="utrecht-heading-2" id={`section-${id}`}>
        {t(title)}
      </h2>
      {intro && <p className="utrecht-paragraph">{t(intro)}</p>}
      <ul className="scheme-list">
        {outcomes.map((outcome) => (
          <SchemeCard key={outcome.schemeId} outcome={outcome} whatIf={whatIfs?.get(outcome.schemeId)} />
        ))}
      </ul>
    </section>
  );
}

export default function ResultsPage({ answers, peildatum, onChangeAnswers, onIncomplete, onClear }: Props) {
  // The step schemas too, not only the household: a save the form itself would refuse (an age of
  // 5, say) must lead back to that question, never straight to results.
  const incomplete = firstIncompleteStep(answers, peildatum);
  const household = incomplete ? null : answersToHousehold(answers, peildatum);
  useEffect(() => {
    if (!household) onIncomplete(incomplete);
  }, [household, incomplete, onIncomplete]);
  const geldzorgen = answersToGeldzorgen(answers);
  const triageLevels = geldzorgen ? triage(geldzorgen, peildatum) : [];
  return household ? <Results household={household} triageLevels={triageLevels} peildatum={peildatum} onChangeAnswers={onChangeAnswers} onClear={onClear} /> : null;
}

type ResultsProps = { household: Household; triageLevels: TriageResult[]; peildatum: string; onChangeAnswers: () => void; onClear: () => void };

function Results({ household, triageLevels, peildatum, onChangeAnswers, onClear }: ResultsProps) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const outcomes = evaluate(household, peildatum);
  // What the household already receives is shown on its own and is not new money.
  const ontvangen = alOntvangen(household);
  const regelingen = outcomes.filter((o) => o.kind === 'regeling');
  const nieuw = regelingen.filter((o) => !ontvangen.includes(o.schemeId));
  const alGekregen = regelingen.filter((o) => ontvangen.includes(o.schemeId) && o.verdict !== 'unlikely');
  const hulp = outcomes.filter((o) => o.kind === 'hulp' && o.verdict !== 'unlikely');
  // "With € 130 more per month you would no longer get this", for what is likely now.
  const likely = nieuw.filter((o) => o.verdict === 'likely');
  // Each what-if re-evaluates a scheme a few hundred times: work it out once per set of answers,
  // not again on every re-render (a language switch).
  const answersKey = JSON.stringify(household);
  const whatIfs = useMemo(
    () => new Map(likely.map((o) => [o.schemeId, whatIf(schemes.find((s) => s.id === o.schemeId)!, household, peildatum)])),
    // `likely` and `household` follow from answersKey and peildatum.
    [answersKey, peildatum],
  );
  // Someone about to lose their home or without food sees whom to call before anything else.
  const urgent = triageLevels.filter((r) => r.level === 'urgent');
  const otherHelp = triageLevels.filter((r) => r.level !== 'urgent' && r.level !== 'algemeen');
  const unlikely = [...regelingen.filter((o) => o.verdict === 'unlikely'), ...outcomes.filter((o) => o.kind === 'hulp' && o.verdict === 'unlikely')];

  return (
    <>
      <h1 className="utrecht-heading-1" tabIndex={-1} ref={heading}>
        {t('results.title')}
      </h1>
      <div className="callout">
        <p className="utrecht-paragraph">{t('results.indication', { datum: formatDate(peildatum, i18n.language) })}</p>
      </div>
      {urgent.map((result) => (
        <TriageLevel key={result.level} result={result} />
      ))}
      <OwnSupport status={household.verblijfsstatus} />
      <AmountTotal outcomes={outcomes} alOntvangen={ontvangen} />
      <RepaymentWarning outcomes={terugbetaalRisico(outcomes, household)} />
      <Section id="likely" outcomes={likely} whatIfs={whatIfs} />
      <Section id="unknown" outcomes={nieuw.filter((o) => o.verdict === 'unknown')} />
      <Section id="alOntvangen" outcomes={alGekregen} title="alOntvangen.title" intro="alOntvangen.intro" />
      {otherHelp.length > 0 && (
        <section aria-labelledby="section-triage">
          <h2 className="utrecht-heading-2" id="section-triage">
            {t('triage.title')}
          </h2>
          {otherHelp.map((result) => (
            <TriageLevel key={result.level} result={result} level={3} />
          ))}
        </section>
      )}
      <Section id="help" outcomes={hulp} />
      <EigenPerspectief household={household} peildatum={peildatum} />
      {unlikely.length > 0 && (
        <details className="unlikely">
          <summary>
            <h2 className="utrecht-heading-2" style={{ display: 'inline' }}>
              {t('results.sections.unlikely', { count: unlikely.length })}
            </h2>
          </summary>
          <ul className="scheme-list">
            {unlikely.map((outcome) => (
              <SchemeCard key={outcome.schemeId} outcome={outcome} />
            ))}
          </ul>
        </details>
      )}
      <TakeHome outcomes={outcomes} peildatum={peildatum} />
      <PrintSummary outcomes={outcomes} peildatum={peildatum} urgentContacts={urgent[0]?.contacts ?? []} />
      <div className="actions">
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onChangeAnswers}>
          {t('results.change')}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onClear}>
          {t('app.clear')}
        </button>
      </div>
    </>
  );
}
