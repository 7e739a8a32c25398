/**
 * The results: what the inhabitant can probably get, what is worth asking about, which help is
 * there, and (folded away) what is probably not for them, each with its reasons. Always framed as
 * an indication: the municipality decides.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluate, type Household, type Outcome } from '../rules';
import type { Answers } from '../questionnaire/answers';
import { answersToHousehold } from '../questionnaire/answersToHousehold';
import { formatDate } from './format';
import { SchemeCard } from './SchemeCard';

type Props = {
  answers: Answers;
  peildatum: string;
  onChangeAnswers: () => void;
  /** Results were asked for without complete answers (storage cleared elsewhere). */
  onIncomplete: () => void;
  onClear: () => void;
};

function Section({ id, outcomes }: { id: string; outcomes: Outcome[] }) {
  const { t } = useTranslation();
  if (outcomes.length === 0) return null;
  return (
    <section aria-labelledby={`section-${id}`}>
      <h2 className="utrecht-heading-2" id={`section-${id}`}>
        {t(`results.sections.${id}`)}
      </h2>
      <ul className="scheme-list">
        {outcomes.map((outcome) => (
          <SchemeCard key={outcome.schemeId} outcome={outcome} />
        ))}
      </ul>
    </section>
  );
}

export default function ResultsPage({ answers, peildatum, onChangeAnswers, onIncomplete, onClear }: Props) {
  const household = answersToHousehold(answers, peildatum);
  useEffect(() => {
    if (!household) onIncomplete();
  }, [household, onIncomplete]);
  return household ? <Results household={household} peildatum={peildatum} onChangeAnswers={onChangeAnswers} onClear={onClear} /> : null;
}

function Results({ household, peildatum, onChangeAnswers, onClear }: { household: Household; peildatum: string; onChangeAnswers: () => void; onClear: () => void }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const outcomes = evaluate(household, peildatum);
  const regelingen = outcomes.filter((o) => o.kind === 'regeling');
  const hulp = outcomes.filter((o) => o.kind === 'hulp' && o.verdict !== 'unlikely');
  const unlikely = [...regelingen.filter((o) => o.verdict === 'unlikely'), ...outcomes.filter((o) => o.kind === 'hulp' && o.verdict === 'unlikely')];

  return (
    <>
      <h1 className="utrecht-heading-1" tabIndex={-1} ref={heading}>
        {t('results.title')}
      </h1>
      <div className="callout">
        <p className="utrecht-paragraph">{t('results.indication', { datum: formatDate(peildatum, i18n.language) })}</p>
      </div>
      <Section id="likely" outcomes={regelingen.filter((o) => o.verdict === 'likely')} />
      <Section id="unknown" outcomes={regelingen.filter((o) => o.verdict === 'unknown')} />
      <Section id="help" outcomes={hulp} />
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
