/**
 * The questionnaire screen: one step at a time with progress, back and next. Every keystroke is
 * kept as a draft (so a reload loses nothing); a step's answers move on only when they validate.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { FormProvider, useForm, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Pictogram } from '../ui/Pictogram';
import type { Answers } from './answers';
import { applicableSteps, type StepId } from './steps';
import { StepFields } from './steps/StepFields';

type Props = {
  answers: Answers;
  stepId: string | undefined;
  peildatum: string;
  onDraft: (answers: Answers) => void;
  onStep: (answers: Answers, stepId: StepId) => void;
  onDone: (answers: Answers) => void;
  onBackToStart: () => void;
};

export default function Questionnaire({ answers, stepId, peildatum, onDraft, onStep, onDone, onBackToStart }: Props) {
  const { t } = useTranslation();
  const steps = applicableSteps(answers, peildatum);
  const index = Math.max(0, steps.findIndex((s) => s.id === stepId));
  const step = steps[index] ?? steps[0]!;
  const heading = useRef<HTMLHeadingElement>(null);

  const form = useForm<FieldValues>({
    // raw: keep what was typed ("1.234,56"); numbers are made only in answersToHousehold.
    resolver: zodResolver(step.schema(answers, peildatum) as z.ZodType<FieldValues, FieldValues>, undefined, { raw: true }),
    defaultValues: { inkomstenbronnen: [], ...answers },
    mode: 'onBlur',
    reValidateMode: 'onBlur',
  });

  useEffect(() => {
    // Moving focus to the new question tells screen-reader users the step changed.
    heading.current?.focus();
  }, [step.id]);

  useEffect(() => {
    const subscription = form.watch((values) => onDraft({ ...answers, ...(values as Answers) }));
    return () => subscription.unsubscribe();
  }, [form, answers, onDraft]);

  const submit = form.handleSubmit((values) => {
    const merged = { ...answers, ...(values as Answers) };
    const next = applicableSteps(merged, peildatum);
    const position = next.findIndex((s) => s.id === step.id);
    const following = next[position + 1];
    if (following) onStep(merged, following.id);
    else onDone(merged);
  });

  const back = () => {
    const previous = steps[index - 1];
    if (previous) onStep({ ...answers, ...(form.getValues() as Answers) }, previous.id);
    else onBackToStart();
  };

  const errorCount = Object.keys(form.formState.errors).length;

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submit} aria-labelledby="step-heading">
        <div className="progress">
          <span className="progress__label" id="progress-label">
            {t('questionnaire.progress', { current: index + 1, total: steps.length })}
          </span>
          <progress max={steps.length} value={index + 1} aria-labelledby="progress-label" />
        </div>
        <div className="step-title">
          <Pictogram topic={step.id} />
          <h1 className="utrecht-heading-1" id="step-heading" tabIndex={-1} ref={heading}>
            {t(`steps.${step.id}.title`)}
          </h1>
        </div>
        <p className="utrecht-paragraph">{t(`steps.${step.id}.intro`)}</p>
        <div role="alert" aria-live="assertive">
          {form.formState.submitCount > 0 && errorCount > 0 && (
            <div className="callout callout--error">
              <p className="utrecht-paragraph">{t('questionnaire.errorSummary', { count: errorCount })}</p>
            </div>
          )}
        </div>
        <StepFields stepId={step.id} answers={answers} peildatum={peildatum} />
        <div className="actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t(index === steps.length - 1 ? 'questionnaire.showResults' : 'questionnaire.next')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={back}>
            {t('questionnaire.back')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
