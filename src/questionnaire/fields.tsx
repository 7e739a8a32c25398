/**
 * Questionnaire fields bound to the step's form by name, with their labels, hints and errors
 * looked up under `questions.<name>` in the locales.
 */
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMode } from '../modes/ModeContext';
import { Checkbox } from '../ui/Checkbox';
import { RadioGroup } from '../ui/RadioGroup';
import { TextField } from '../ui/TextField';
import { useFieldError } from './useFieldError';
import { runtimeKey } from '../i18n/keys';

const idOf = (name: string) => `q-${name.replace(/\./g, '-')}`;

/**
 * In volunteer mode: where to find the answer (which letter, which line of the statement).
 * Shown above the question so the volunteer reads it before asking.
 */
function VolunteerHint({ question, params }: { question: string; params?: Record<string, unknown> | undefined }) {
  const { t } = useTranslation();
  const { volunteerHints } = useMode();
  const hint = volunteerHints ? t(`volunteer.${question}`, { defaultValue: '', ...params }) : '';
  if (!hint) return null;
  return (
    <p className="volunteer-hint">
      <strong>{t('volunteer.label')}</strong> {hint}
    </p>
  );
}

/** `optionPrefix`: where the option labels live, for options whose names other questions also use. */
export function ChoiceQuestion({ name, options, question = name, optionPrefix = 'options' }: { name: string; options: readonly string[]; question?: string; optionPrefix?: string }) {
  const { t } = useTranslation();
  const { register } = useFormContext();
  const hint = t(`questions.${question}.hint`, { defaultValue: '' });
  return (
    <>
    <VolunteerHint question={question} />
    <RadioGroup
      id={idOf(name)}
      legend={t(runtimeKey(`questions.${question}.label`))}
      {...(hint ? { description: hint } : {})}
      options={options.map((value) => ({ value, label: t(runtimeKey(`${optionPrefix}.${value}`)) }))}
      error={useFieldError(name)}
      registration={register(name)}
    />
    </>
  );
}

export function NumberQuestion({ name, question = name, params }: { name: string; question?: string; params?: Record<string, unknown> }) {
  const { t } = useTranslation();
  const { register } = useFormContext();
  const hint = t(`questions.${question}.hint`, { defaultValue: '', ...params });
  return (
    <>
    <VolunteerHint question={question} params={params} />
    <TextField
      id={idOf(name)}
      label={t(runtimeKey(`questions.${question}.label`), params)}
      {...(hint ? { description: hint } : {})}
      error={useFieldError(name)}
      registration={register(name)}
    />
    </>
  );
}

/** An amount with an "I don't know" box beside it: not knowing is an answer, not an error. */
export function AmountQuestion({ name, unknownName, question = name }: { name: string; unknownName: string; question?: string }) {
  const { t } = useTranslation();
  const { register, watch } = useFormContext();
  const unknown = watch(unknownName) === true;
  const error = useFieldError(name);
  const hint = t(`questions.${question}.hint`, { defaultValue: '' });
  return (
    <div className="amount-question">
      <VolunteerHint question={question} />
      {!unknown && (
        <TextField
          id={idOf(name)}
          label={t(runtimeKey(`questions.${question}.label`))}
          {...(hint ? { description: hint } : {})}
          error={error}
          registration={register(name)}
          inputMode="decimal"
          width="normal"
        />
      )}
      {unknown && <p className="utrecht-form-label">{t(runtimeKey(`questions.${question}.label`))}</p>}
      <Checkbox id={idOf(unknownName)} label={t('options.weetNiet')} registration={register(unknownName)} />
    </div>
  );
}
