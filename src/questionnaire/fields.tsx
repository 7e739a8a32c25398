/**
 * Questionnaire fields bound to the step's form by name, with their labels, hints and errors
 * looked up under `questions.<name>` in the locales.
 */
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import { useMode } from '../modes/ModeContext';
import { Checkbox } from '../ui/Checkbox';
import { RadioGroup } from '../ui/RadioGroup';
import { TextField } from '../ui/TextField';
import type { Answers } from './answers';
import { useFieldError } from './useFieldError';
import { runtimeKey } from '../i18n/keys';
import { volunteerHintKey } from './volunteerHints';

const idOf = (name: string) => `q-${name.replace(/\./g, '-')}`;

/**
 * In volunteer mode: where to find the answer (which letter, which line of the statement), fitting
 * the answers given so far. Shown above the question so the volunteer reads it before asking: in
 * Dutch for the volunteer, with the question itself in Dutch when the screen is in another
 * language, and in the inhabitant's language beside it.
 */
function VolunteerHint({ question, labelKey, params }: { question: string; labelKey: string; params?: Record<string, unknown> | undefined }) {
  const { t, i18n } = useTranslation();
  const { volunteerHints } = useMode();
  const { getValues } = useFormContext();
  if (!volunteerHints) return null;
  // The form starts from all answers so far, so earlier steps (business, partner) are known here.
  const key = volunteerHintKey(question, getValues() as Answers);
  const dutch = i18n.getFixedT(DEFAULT_LANGUAGE);
  const hint = dutch(key, { defaultValue: '', ...params });
  if (!hint) return null;
  const inDutch = i18n.resolvedLanguage === DEFAULT_LANGUAGE;
  return (
    <div className="volunteer-hint">
      <p lang={DEFAULT_LANGUAGE} dir="ltr">
        <strong>{dutch('volunteer.label')}</strong> {!inDutch && <>{dutch('formDetails.volunteerQuestion')} <q>{dutch(runtimeKey(labelKey), params)}</q> </>}
        {hint}
      </p>
      {!inDutch && (
        <p>
          <strong>{t('volunteer.label')}</strong> {t(key, { defaultValue: '', ...params })}
        </p>
      )}
    </div>
  );
}

/** `optionPrefix`: where the option labels live, for options whose names other questions also use. */
export function ChoiceQuestion({ name, options, question = name, optionPrefix = 'options' }: { name: string; options: readonly string[]; question?: string; optionPrefix?: string }) {
  const { t } = useTranslation();
  const { register } = useFormContext();
  const hint = t(`questions.${question}.hint`, { defaultValue: '' });
  return (
    <>
    <VolunteerHint question={question} labelKey={`questions.${question}.label`} />
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
    <VolunteerHint question={question} labelKey={`questions.${question}.label`} params={params} />
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
/** `labelKey`: where the question is worded for this household, when not under its own name. */
export function AmountQuestion({ name, unknownName, question = name, labelKey = `questions.${question}.label` }: { name: string; unknownName: string; question?: string; labelKey?: string }) {
  const { t } = useTranslation();
  const { register, watch } = useFormContext();
  const unknown = watch(unknownName) === true;
  const error = useFieldError(name);
  const hint = t(`questions.${question}.hint`, { defaultValue: '' });
  return (
    <div className="amount-question">
      <VolunteerHint question={question} labelKey={labelKey} />
      {!unknown && (
        <TextField
          id={idOf(name)}
          label={t(runtimeKey(labelKey))}
          {...(hint ? { description: hint } : {})}
          error={error}
          registration={register(name)}
          inputMode="decimal"
          width="normal"
        />
      )}
      {unknown && <p className="utrecht-form-label">{t(runtimeKey(labelKey))}</p>}
      <Checkbox id={idOf(unknownName)} label={t('options.weetNiet')} registration={register(unknownName)} />
    </div>
  );
}
