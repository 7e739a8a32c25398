/**
 * The questionnaire screen: one step at a time with progress, back and next. Every keystroke is
 * kept as a draft (so a reload loses nothing); a step's answers move on only when they validate.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormProvider, useForm, type FieldErrors, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod/mini';
import { Pictogram } from '../ui/Pictogram';
import type { Answers } from './answers';
import { VALIDATION } from './formValidation';
import { PagingContext } from './paging';
import { questionLabel } from './questionLabel';
import { applicableSteps, firstIncompleteStep, stepIndex, type Flow, type StepId } from './steps';
import { StepFields } from './steps/StepFields';
import { runtimeKey } from '../i18n/keys';

/** Every field error as a flat list, in form order, so the summary can link to each field. */
function flattenErrors(errors: FieldErrors, prefix = ''): { name: string; message: string }[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    if (!value || typeof value !== 'object') return [];
    if ('message' in value && typeof value.message === 'string') return [{ name, message: value.message }];
    return flattenErrors(value as FieldErrors, name);
  });
}

type Props = {
  answers: Answers;
  stepId: string | undefined;
  flow: Flow;
  /** Easy-read: one question per screen. */
  onePerScreen: boolean;
  peildatum: string;
  onDraft: (answers: Answers) => void;
  onStep: (answers: Answers, stepId: StepId) => void;
  onDone: (answers: Answers) => void;
  onBackToStart: () => void;
  /** Changing one answer from "check your answers": afterwards back to the list. */
  review?: boolean;
};

export default function Questionnaire({ answers, stepId, flow, onePerScreen, peildatum, onDraft, onStep, onDone, onBackToStart, review = false }: Props) {
  const { t } = useTranslation();
  const steps = applicableSteps(answers, peildatum, flow);
  const index = stepIndex(answers, peildatum, flow, stepId);
  const step = steps[index] ?? steps[0]!;
  const heading = useRef<HTMLHeadingElement>(null);
  const [part, setPart] = useState(0);
  const [questionNames, setQuestionNames] = useState<readonly string[]>([]);
  const paged = onePerScreen && part < questionNames.length;

  const form = useForm<FieldValues>({
    // raw: keep what was typed ("1.234,56"); numbers are made only in answersToHousehold.
    resolver: zodResolver(step.schema(answers, peildatum) as z.ZodMiniType<FieldValues, FieldValues>, undefined, { raw: true }),
    // Checkbox groups need an array to start from; react-hook-form reports none ticked as false otherwise.
    defaultValues: { inkomstenbronnen: [], achterstandOp: [], ...answers },
    ...VALIDATION,
  });

  useEffect(() => {
    // Moving focus to the new question tells screen-reader users the step changed.
    heading.current?.focus();
  }, [step.id, part]);

  useEffect(() => {
    const subscription = form.watch((values) => onDraft({ ...answers, ...(values as Answers) }));
    return () => subscription.unsubscribe();
  }, [form, answers, onDraft]);

  const moveOn = (merged: Answers) => {
    const next = applicableSteps(merged, peildatum, flow);
    // After a change only a question the change brought up comes before the list again.
    const following = review ? next.find((s) => s.id === firstIncompleteStep(merged, peildatum, flow)) : next[next.findIndex((s) => s.id === step.id) + 1];
    if (following) onStep(merged, following.id);
    else onDone(merged);
  };
  const submitStep = form.handleSubmit((values) => moveOn({ ...answers, ...(values as Answers) }));
  const submit = async (event: FormEvent) => {
    const name = questionNames[part];
    if (!onePerScreen || name === undefined || part >= questionNames.length - 1) return submitStep(event);
    event.preventDefault();
    // Only this question is checked now; the step's other questions come on the next screens.
    if (await form.trigger(name)) {
      form.clearErrors();
      setPart(part + 1);
    }
  };

  const back = () => {
    if (onePerScreen && part > 0) {
      setPart(part - 1);
      return;
    }
    const previous = steps[index - 1];
    if (review) onDone({ ...answers, ...(form.getValues() as Answers) });
    else if (previous) onStep({ ...answers, ...(form.getValues() as Answers) }, previous.id);
    else onBackToStart();
  };

  const errors = flattenErrors(form.formState.errors);
  const current = { ...answers, ...(form.getValues() as Answers) };
  const errorLink = (name: string, message: string) => {
    const label = questionLabel(name, current, peildatum);
    return t('formDetails.errorLink', { question: t(runtimeKey(label.key), label.params), message: t(runtimeKey(message), { defaultValue: t('errors.generic') }) });
  };
  // Easy-read shows a step's questions one per screen: the counter moves with each of them.
  const perQuestion = onePerScreen && questionNames.length > 1;
  const questionPart = Math.min(part, questionNames.length - 1);

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submit} aria-labelledby="step-heading">
        <div className="progress">
          <span className="progress__label" id="progress-label">
            {perQuestion
              ? t('formDetails.progressQuestion', { current: index + 1, total: steps.length, question: questionPart + 1, questions: questionNames.length })
              : t('questionnaire.progress', { current: index + 1, total: steps.length })}
          </span>
          <progress max={steps.length} value={perQuestion ? index + (questionPart + 1) / questionNames.length : index + 1} aria-labelledby="progress-label" />
        </div>
        <div className="step-title">
          <Pictogram topic={step.id} />
          <h1 className="utrecht-heading-1" id="step-heading" tabIndex={-1} ref={heading}>
            {t(`steps.${step.id}.title`)}
          </h1>
        </div>
        <p className="utrecht-paragraph">{t(`steps.${step.id}.intro`)}</p>
        <div role="alert" aria-live="assertive">
          {form.formState.submitCount > 0 && errors.length > 0 && (
            <div className="callout callout--error">
              <p className="utrecht-paragraph">{t('questionnaire.errorSummary', { count: errors.length })}</p>
              <ul>
                {errors.map((error) => (
                  <li key={error.name}>
                    <a href={`#q-${error.name.replace(/\./g, '-')}`}>{errorLink(error.name, error.message)}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <PagingContext.Provider value={{ current: onePerScreen ? part : null, report: setQuestionNames }}>
          <StepFields stepId={step.id} answers={answers} peildatum={peildatum} />
        </PagingContext.Provider>
        <div className="actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t(flow === 'geldzorgen' && index === steps.length - 1 && (!paged || part >= questionNames.length - 1) ? 'questionnaire.showResults' : 'questionnaire.next')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={back}>
            {t('questionnaire.back')}
          </button>
          {step.skipWith && (
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => moveOn({ ...answers, ...step.skipWith })}>
              {t('questionnaire.skip')}
            </button>
          )}
        </div>
      </form>
    </FormProvider>
  );
}
