import type { UseFormRegisterReturn } from 'react-hook-form';

/** A single checkbox with its label, at least 48px high for thumbs. */
export function Checkbox({ id, label, registration, value }: { id: string; label: string; registration: UseFormRegisterReturn; value?: string }) {
  return (
    <div className="checkbox-option">
      <input type="checkbox" id={id} value={value} className="utrecht-checkbox utrecht-checkbox--html-input" {...registration} />
      <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
