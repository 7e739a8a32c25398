/**
 * The results: first a summary that fits one phone screen (urgent help above everything), then
 * the action plan, what the inhabitant can probably get, what is worth asking about, what they
 * just miss, the chart, the help, and (folded away) what is probably not for them. Always framed as
 * an indication: the municipality decides. It only draws: src/app works out what it shows.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPlan as Plan, NearMiss, Outcome, SupportByIncome, Verblijfsstatus, Verjaardag, WhatIf } from '../rules';
import { ActionPlan } from './ActionPlan';
import { AmountTotal } from './AmountTotal';
import { formatDate } from '../i18n/format';
import { IncomeChart } from './IncomeChart';
import { NearMisses } from './NearMisses';
import { OwnSupport } from './OwnSupport';
import { RepaymentWarning } from './RepaymentWarning';
import { ResultsSummary } from './ResultsSummary';
import { SchemeCard } from './SchemeCard';
import { runtimeKey } from '../i18n/keys';

type Props = {
  outcomes: readonly Outcome[];
  /** Schemes the household already receives: shown on their own, not counted as new money. */
  alOntvangen: readonly string[];
  verblijfsstatus: Verblijfsstatus | null;
  /** Received toeslagen that may have to be paid back. */
  repayment: readonly Outcome[];
  whatIfs: ReadonlyMap<string, WhatIf | null>;
  nearMisses: readonly NearMiss[];
  verjaardagen: readonly Verjaardag[];
  chart: SupportByIncome;
  plan: Plan;
  peildatum: string;
  /** The triage's "act today" blocks, shown right under the summary. */
  urgent: ReactNode;
  /** The other triage levels. */
  triage: ReactNode;
  /** Sections other features add about this household, above the "probably not" list. */
  extraSections: ReactNode;
  takeHome: ReactNode;
  print: ReactNode;
  onChangeAnswers: () => void;
  onClear: () => void;
};

/** `title`: the heading's key, when it is not `results.sections.<id>`; `intro`: a line under it. */
function Section({ id, outcomes, whatIfs, title = `results.sections.${id}`, intro }: { id: string; outcomes: readonly Outcome[]; whatIfs?: ReadonlyMap<string, WhatIf | null>; title?: string; intro?: string }) {
  const { t } = useTranslation();
  if (outcomes.length === 0) return null;
  return (
    <section aria-labelledby={`section-${id}`}>
      <h2 className="utrecht-heading-2" id={`section-${id}`}>
        {t(runtimeKey(title))}
      </h2>
      {intro && <p className="utrecht-paragraph">{t(runtimeKey(intro))}</p>}
      <ul className="scheme-list">
        {outcomes.map((outcome) => (
          <SchemeCard key={outcome.schemeId} outcome={outcome} whatIf={whatIfs?.get(outcome.schemeId)} />
        ))}
      </ul>
    </section>
  );
}

export default function ResultsPage(props: Props) {
  const { outcomes, alOntvangen: ontvangen, plan, peildatum } = props;
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const regelingen = outcomes.filter((o) => o.kind === 'regeling');
  const nieuw = regelingen.filter((o) => !ontvangen.includes(o.schemeId));
  const alGekregen = regelingen.filter((o) => ontvangen.includes(o.schemeId) && o.verdict !== 'unlikely');
  const hulp = outcomes.filter((o) => o.kind === 'hulp' && o.verdict !== 'unlikely');
  const likely = nieuw.filter((o) => o.verdict === 'likely');
  const unlikely = [...regelingen.filter((o) => o.verdict === 'unlikely'), ...outcomes.filter((o) => o.kind === 'hulp' && o.verdict === 'unlikely')];

  return (
    <>
      <h1 className="utrecht-heading-1" tabIndex={-1} ref={heading}>
        {t('results.title')}
      </h1>
      <ResultsSummary outcomes={outcomes} alOntvangen={ontvangen} plan={plan} />
      {props.urgent}
      <div className="callout">
        <p className="utrecht-paragraph">{t('results.indication', { datum: formatDate(peildatum, i18n.language) })}</p>
      </div>
      <OwnSupport status={props.verblijfsstatus} />
      <ActionPlan plan={plan} />
      <AmountTotal outcomes={outcomes} alOntvangen={ontvangen} />
      <RepaymentWarning outcomes={props.repayment} />
      <Section id="likely" outcomes={likely} whatIfs={props.whatIfs} />
      <Section id="unknown" outcomes={nieuw.filter((o) => o.verdict === 'unknown')} />
      <Section id="alOntvangen" outcomes={alGekregen} title="alOntvangen.title" intro="alOntvangen.intro" />
      <NearMisses nearMisses={props.nearMisses} verjaardagen={props.verjaardagen} />
      <IncomeChart chart={props.chart} />
      {props.triage}
      <Section id="help" outcomes={hulp} />
      {props.extraSections}
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
      {props.takeHome}
      {props.print}
      <div className="actions">
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={props.onChangeAnswers}>
          {t('results.change')}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={props.onClear}>
          {t('app.clear')}
        </button>
      </div>
    </>
  );
}
