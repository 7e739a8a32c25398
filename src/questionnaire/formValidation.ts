/**
 * When the questionnaire checks an answer: only when "Volgende" is pressed, never when a field
 * loses focus. Tapping "Volgende" first takes the focus from the field; a check then would add or
 * remove the field's error message, and the button would move under the finger between press and
 * release, so the tap would be lost without a word (seen on a longer page: the footer that lists
 * the provisional 2027 figures). Errors change only together with the press that asks for them.
 */
import type { UseFormProps } from 'react-hook-form';

export const VALIDATION = { mode: 'onSubmit', reValidateMode: 'onSubmit' } as const satisfies Pick<UseFormProps, 'mode' | 'reValidateMode'>;
