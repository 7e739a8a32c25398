import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError } from './FieldError';

type Props = {
  id: string;
  legend: string;
  description?: string;
  options: readonly { value: string; label: string }[];
  error?: string | undefined;
  registration: UseFormRegisterReturn;
};

/** One question with radio answers, as a fieldset whose legend is the question. */
export function RadioGroup({ id, legend, description, options, error, registration }: Props) {
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      id={id}
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {description && (
        <div id={`${id}-description`} className="utrecht-form-field-description">
          {description}
        </div>
      )}
      <FieldError id={`${id}-error`} messageKey={error} />
      {options.map((option) => (
        <div className="radio-option" key={option.value}>
          <input
            type="radio"
            id={`${id}-${option.value}`}
            value={option.value}
            className={`utrecht-radio-button utrecht-radio-button--html-input${error ? ' utrecht-radio-button--invalid' : ''}`}
            {...registration}
          />
          <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${id}-${option.value}`}>
            {option.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
