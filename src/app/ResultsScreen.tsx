/**
 * The results screen's composition: answers become a household, the household outcomes, and the
 * features meet here (triage blocks, take-home, print-out), so src/results only draws outcomes.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TriageLevel } from '../help/TriageLevel';
import { answersToGeldzorgen } from '../questionnaire/answersToGeldzorgen';
import type { Answers } from '../questionnaire/answers';
import { answersToHousehold } from '../questionnaire/answersToHousehold';
import { firstIncompleteStep } from '../questionnaire/steps';
import ResultsPage from '../results/ResultsPage';
import { Arbeidsbeperking } from '../results/Arbeidsbeperking';
import { EigenPerspectief } from '../results/EigenPerspectief';
import { actionPlan, alOntvangen, evaluate, heeftEigenPerspectief, hulpBijArbeidsbeperking, nearMisses, scheidingsscenario, schemes, supportByIncome, terugbetaalRisico, triage, verjaardagen, whatIf, type Household, type TriageResult } from '../rules';
import { PrintSummary } from '../takeHome/PrintSummary';
import { TakeHome } from '../takeHome/TakeHome';

type Props = {
  answers: Answers;
  peildatum: string;
  onChangeAnswers: () => void;
  /** Results were asked for without complete answers: go to the first step that needs one. */
  onIncomplete: (stepId: string | undefined) => void;
  onClear: () => void;
};

export default function ResultsScreen({ answers, peildatum, onChangeAnswers, onIncomplete, onClear }: Props) {
  // The step schemas too, not only the household: a save the form itself would refuse (an age of
  // 5, say) must lead back to that question, never straight to results.
  const incomplete = firstIncompleteStep(answers, peildatum);
  // Once per set of answers: what follows re-evaluates the household hundreds of times.
  const household = useMemo(() => (incomplete ? null : answersToHousehold(answers, peildatum)), [answers, peildatum, incomplete]);
  useEffect(() => {
    if (!household) onIncomplete(incomplete);
  }, [household, incomplete, onIncomplete]);
  const geldzorgen = answersToGeldzorgen(answers);
  const triageLevels = geldzorgen ? triage(geldzorgen, peildatum) : [];
  return household ? <Composition household={household} triageLevels={triageLevels} peildatum={peildatum} onChangeAnswers={onChangeAnswers} onClear={onClear} /> : null;
}

type CompositionProps = { household: Household; triageLevels: TriageResult[]; peildatum: string; onChangeAnswers: () => void; onClear: () => void };

function Composition({ household, triageLevels, peildatum, onChangeAnswers, onClear }: CompositionProps) {
  const { t } = useTranslation();
  // The what-ifs, near misses and the chart re-evaluate the household hundreds of times: work them
  // out once per household, not again on every re-render (a language switch).
  const worked = useMemo(() => {
    const outcomes = evaluate(household, peildatum);
    const ontvangen = alOntvangen(household);
    const likely = outcomes.filter((o) => o.kind === 'regeling' && o.verdict === 'likely' && !ontvangen.includes(o.schemeId));
    return {
      outcomes,
      ontvangen,
      // "With € 130 more per month you would no longer get this", for what is likely now.
      whatIfs: new Map(likely.map((o) => [o.schemeId, whatIf(schemes.find((s) => s.id === o.schemeId)!, household, peildatum)])),
      nearMisses: nearMisses(schemes, household, peildatum),
      verjaardagen: verjaardagen(schemes, household, peildatum),
      chart: supportByIncome(schemes, household, peildatum),
      // Someone without income of her own beside an earning partner: her own options.
      eigenPerspectief: heeftEigenPerspectief(household) ? scheidingsscenario(household, peildatum) : null,
      // An illness or disability that limits work: extra costs, the Wmo, UWV (issue 20).
      arbeidsbeperking: hulpBijArbeidsbeperking(household, peildatum, outcomes),
    };
  }, [household, peildatum]);
  // Someone about to lose their home or without food sees whom to call before anything else.
  const urgent = triageLevels.filter((r) => r.level === 'urgent');
  const urgentContacts = urgent[0]?.contacts ?? [];
  const otherHelp = triageLevels.filter((r) => r.level !== 'urgent' && r.level !== 'algemeen');
  const plan = actionPlan(worked.outcomes, schemes, peildatum, worked.ontvangen, urgentContacts);
  return (
    <ResultsPage
      outcomes={worked.outcomes}
      alOntvangen={worked.ontvangen}
      verblijfsstatus={household.verblijfsstatus}
      repayment={terugbetaalRisico(worked.outcomes, household)}
      whatIfs={worked.whatIfs}
      nearMisses={worked.nearMisses}
      verjaardagen={worked.verjaardagen}
      chart={worked.chart}
      plan={plan}
      peildatum={peildatum}
      urgent={urgent.map((result) => <TriageLevel key={result.level} result={result} />)}
      triage={
        otherHelp.length > 0 && (
          <section aria-labelledby="section-triage">
            <h2 className="utrecht-heading-2" id="section-triage">
              {t('triage.title')}
            </h2>
            {otherHelp.map((result) => (
              <TriageLevel key={result.level} result={result} level={3} />
            ))}
          </section>
        )
      }
      extraSections={
        (worked.eigenPerspectief || worked.arbeidsbeperking) && (
          <>
            {worked.arbeidsbeperking && <Arbeidsbeperking hulp={worked.arbeidsbeperking} />}
            {worked.eigenPerspectief && <EigenPerspectief scenario={worked.eigenPerspectief} />}
          </>
        )
      }
      takeHome={<TakeHome outcomes={worked.outcomes} peildatum={peildatum} />}
      print={<PrintSummary outcomes={worked.outcomes} alOntvangen={worked.ontvangen} plan={plan} peildatum={peildatum} />}
      onChangeAnswers={onChangeAnswers}
      onClear={onClear}
    />
  );
}
