import { get, useFormContext } from 'react-hook-form';

/** The translation key of a field's current validation error, if any. */
export function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext();
  const error = get(formState.errors, name) as { message?: string } | undefined;
  return error?.message;
}
