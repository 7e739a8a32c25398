import type { InputHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

/** A single checkbox with its label, at least 48px high for thumbs; in a form or controlled. */
/** `lang`: the label's language when it differs from the page's (a Dutch scheme name). */
export function Checkbox({ id, label, registration, value, lang }: { id: string; label: string; registration: UseFormRegisterReturn | InputHTMLAttributes<HTMLInputElement>; value?: string; lang?: string }) {
  return (
    <div className="checkbox-option">
      <input type="checkbox" id={id} value={value} className="utrecht-checkbox utrecht-checkbox--html-input" {...registration} />
      <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
        {/* Isolated, so a Dutch name with quotes keeps its order in a right-to-left page. */}
        {lang ? <bdi lang={lang}>{label}</bdi> : label}
      </label>
    </div>
  );
}
