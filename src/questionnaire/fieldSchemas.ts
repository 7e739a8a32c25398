/**
 * Zod pieces for the questionnaire's inputs. Messages are translation keys (`errors.*`), shown in
 * whatever language is active when the error appears. The parsing is the same function the
 * answers go through later, so what the form accepts is exactly what the rules receive.
 */
import * as z from 'zod/mini';
import type { $RefinementCtx } from 'zod/v4/core';
import { parseAmount, parseWholeNumber } from './parseAmount';

/** An amount of money as typed ("1.234,56", "1234.56"). */
export const amountText = z.string().check(z.superRefine((value, ctx) => {
  const result = parseAmount(value);
  if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error });
}));

/**
 * A whole number between min and max, as typed; `tooLow`/`tooHigh` name what is wrong in words.
 * Not a number at all: `notANumber`, whose example is a whole number, never an amount like 1.250,00.
 */
export const wholeNumberText = (min: number, max: number, tooLow: string, tooHigh: string, notANumber = 'formDetails.wholeNumber') =>
  z.string().check(z.superRefine((value, ctx) => {
    const result = parseWholeNumber(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error === 'errors.number' ? notANumber : result.error });
    else if (result.value < min) ctx.addIssue({ code: 'custom', message: tooLow });
    else if (result.value > max) ctx.addIssue({ code: 'custom', message: tooHigh });
  }));

/** A choice that must be made; an unanswered radio group comes through as null or undefined. */
export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: 'errors.choose' });

/** Validates a field that is only required in some situations, reporting on its own path. */
export function requireField(ctx: $RefinementCtx, schema: z.ZodMiniType, value: unknown, path: (string | number)[]): void {
  const result = schema.safeParse(value);
  if (!result.success) ctx.addIssue({ code: 'custom', path, message: result.error.issues[0]?.message ?? 'errors.number' });
}
