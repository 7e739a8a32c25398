/**
 * "Check your answers" (GOV.UK and NL Design System pattern): every answer in a summary list
 * before the results, with a "change" button that opens its step and comes back here. In
 * easy-read it stays short: one change button per step instead of one per answer.
 */
import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answerSummary, type SummaryRow } from './answerSummary';
import type { Answers } from './answers';
import { optionLabelKeys, optionLang } from './optionLabels';
import type { StepId } from './steps';
import { runtimeKey } from '../i18n/keys';
import { formatMoney } from '../i18n/format';


type Props = { answers: Answers; peildatum: string; easyRead: boolean; onChange: (stepId: StepId) => void; onConfirm: () => void };

function Answer({ row }: { row: SummaryRow }) {
  const { t, i18n } = useTranslation();
  const { value } = row;
  switch (value.kind) {
    case 'text':
      return <bdi>{value.text}</bdi>;
    case 'amount':
      return <bdi>{formatMoney(value.cents, i18n.language)}</bdi>;
    case 'dontKnow':
      return <>{t('options.weetNiet')}</>;
    case 'missing':
      return <em>{t('checkAnswers.missing')}</em>;
    case 'choice': {
      const labels = value.values.map((option) => (
        <span key={option} lang={optionLang(value.field, option)}>
          {t(optionLabelKeys(value.field, option), { defaultValue: option })}
        </span>
      ));
      return labels.length > 1 ? (
        <ul className="summary-list__values">
          {labels.map((label) => (
            <li key={label.key}>{label}</li>
          ))}
        </ul>
      ) : (
        labels[0]
      );
    }
  }
}

export default function CheckAnswers({ answers, peildatum, easyRead, onChange, onConfirm }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = answerSummary(answers, peildatum);

  useEffect(() => heading.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm();
  };

  const changeButton = (stepId: StepId, context: string, name?: string) => (
    <button type="button" className="link-button" data-change={name ?? stepId} onClick={() => onChange(stepId)}>
      {t('checkAnswers.change')}
      <span className="visually-hidden"> {context}</span>
    </button>
  );

  return (
    <form noValidate onSubmit={submit} aria-labelledby="check-answers-heading" className="check-answers">
      <h1 className="utrecht-heading-1" id="check-answers-heading" tabIndex={-1} ref={heading}>
        {t('checkAnswers.title')}
      </h1>
      <p className="utrecht-paragraph">{t('checkAnswers.intro')}</p>
      {summary.map(({ stepId, skipped, rows }) => {
        const title = t(`steps.${stepId}.title`);
        return (
          <section key={stepId} className="summary-step" aria-labelledby={`summary-${stepId}`} data-step={stepId}>
            <div className="summary-step__header">
              <h2 className="utrecht-heading-2" id={`summary-${stepId}`}>
                {title}
              </h2>
              {(easyRead || skipped) && changeButton(stepId, title)}
            </div>
            {skipped ? (
              <p className="utrecht-paragraph">{t('checkAnswers.skipped')}</p>
            ) : (
              <dl className="summary-list">
                {rows.map((row) => {
                  const label = t(runtimeKey(row.label), row.labelParams);
                  return (
                    <div className="summary-list__row" key={row.name} data-answer={row.name}>
                      <dt className="summary-list__key">{label}</dt>
                      <dd className="summary-list__value">
                        <Answer row={row} />
                      </dd>
                      {!easyRead && <dd className="summary-list__actions">{changeButton(stepId, label, row.name)}</dd>}
                    </div>
                  );
                })}
              </dl>
            )}
          </section>
        );
      })}
      <div className="actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('questionnaire.showResults')}
        </button>
      </div>
    </form>
  );
}
