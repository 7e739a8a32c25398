import { zodResolver } from '@hookform/resolvers/zod';
import { createFormControl, type FieldValues } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { TODAY } from '../../tests/fixtures/today';
import { VALIDATION } from './formValidation';
import { steps } from './steps';

/** The "U en uw partner" step as the questionnaire builds its form, without React or a browser. */
function huishoudenForm() {
  const schema = steps.find((s) => s.id === 'huishouden')!.schema({}, TODAY) as z.ZodMiniType<FieldValues, FieldValues>;
  const form = createFormControl<FieldValues>({ resolver: zodResolver(schema, undefined, { raw: true }), ...VALIDATION });
  const leeftijd = form.register('leeftijd');
  const leefvorm = form.register('leefvorm');
  const event = (name: string, value: string, type: 'change' | 'blur') => ({ target: { name, value }, type });
  const submit = () => form.handleSubmit(() => undefined)();
  return { form, leeftijd, leefvorm, event, submit };
}

describe('the questionnaire checks answers only when "Volgende" is pressed', () => {
  it('a field losing focus (the first half of a tap on "Volgende") neither adds nor removes an error', async () => {
    const { form, leeftijd, leefvorm, event, submit } = huishoudenForm();
    await leefvorm.onChange(event('leefvorm', 'alleen', 'change'));
    await leeftijd.onChange(event('leeftijd', '1'.repeat(40), 'change'));
    await leeftijd.onBlur(event('leeftijd', '1'.repeat(40), 'blur'));
    expect(form.control._formState.errors).toEqual({});

    await submit();
    expect(form.control._formState.errors.leeftijd?.message).toBe('formDetails.ageNumber');

    // Corrected in Arabic-Indic digits, then focus leaves: the message stays put until the press.
    await leeftijd.onChange(event('leeftijd', '٤٥', 'change'));
    await leeftijd.onBlur(event('leeftijd', '٤٥', 'blur'));
    expect(form.control._formState.errors.leeftijd?.message).toBe('formDetails.ageNumber');

    await submit();
    expect(form.control._formState.errors).toEqual({});
    expect(form.control._formState.isSubmitSuccessful).toBe(true);
  });
});
