import type { UseFormRegisterReturn } from 'react-hook-form';
import { LIMITS } from '../rules';
import { FieldError } from './FieldError';

type Props = {
  id: string;
  label: string;
  description?: string;
  error?: string | undefined;
  registration: UseFormRegisterReturn;
  inputMode?: 'numeric' | 'decimal' | 'text';
  width?: 'short' | 'normal';
};

/** A labelled text input in the NL Design System form-field pattern: label, hint, error, input. */
export function TextField({ id, label, description, error, registration, inputMode = 'numeric', width = 'short' }: Props) {
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div id={`${id}-description`} className="utrecht-form-field-description">
          {description}
        </div>
      )}
      <FieldError id={`${id}-error`} messageKey={error} />
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          maxLength={LIMITS.tekens}
          className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
          style={width === 'short' ? { maxInlineSize: '8rem' } : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...registration}
        />
      </div>
    </div>
  );
}
