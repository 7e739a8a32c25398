/**
 * Het huishouden: the validated facts the rules read, and the only input `evaluate` accepts.
 *
 * `null` means the inhabitant answered "ik weet het niet" (or would rather not say); a check that
 * needs such a fact answers 'unknown' rather than guessing. Money is in eurocents, net per month.
 * Messages are translation keys so the questionnaire can show them in any language.
 */
import { z } from 'zod';

const MAX_AGE = 120;
const MAX_CHILD_AGE = 17;
// A million euro a month or in savings is far beyond any scheme here; larger numbers are typos.
export const MAX_CENTS = 100_000_000;

export const centsSchema = z
  .number({ error: 'errors.number' })
  .int('errors.number')
  .min(0, 'errors.notNegative')
  .max(MAX_CENTS, 'errors.tooLarge');

export const ageSchema = z
  .number({ error: 'errors.number' })
  .int('errors.wholeYears')
  .min(0, 'errors.notNegative')
  .max(MAX_AGE, 'errors.age');

const unknownable = <T extends z.ZodType>(schema: T) => schema.nullable();

export const ANSWER_YES_NO = ['ja', 'nee'] as const;

export const WOONSITUATIES = ['huur', 'koop', 'inwonend', 'anders'] as const;

export const householdSchema = z.object({
  woontInHeemskerk: z.boolean(),
  aanvrager: z.object({ leeftijd: ageSchema }),
  partner: z.object({ leeftijd: ageSchema }).nullable(),
  kinderen: z.array(z.object({ leeftijd: ageSchema.max(MAX_CHILD_AGE, 'errors.childAge') })).max(15, 'errors.tooMany'),
  /** Medebewoners of 27 or older who share costs (art. 19a PW): not the partner, not a lodger with a contract, not a student. */
  kostendelers: z.number({ error: 'errors.number' }).int('errors.number').min(0, 'errors.notNegative').max(20, 'errors.tooMany'),
  inkomen: z.object({
    werk: unknownable(centsSchema),
    uitkering: unknownable(centsSchema),
    pensioen: unknownable(centsSchema),
    overig: unknownable(centsSchema),
  }),
  ontvangtBijstand: z.boolean(),
  /**
   * Gross yearly income of the applicant and partner together (toetsingsinkomen, from the
   * jaaropgaaf), for the national toeslagen. null: not known; the rules then estimate it from
   * the net income and say so.
   */
  toetsingsinkomen: unknownable(centsSchema),
  /** Whether the income has been this low for at least the IIT reference period. */
  laagInkomenSinds: z.enum(['lang', 'kort']).nullable(),
  vermogen: unknownable(centsSchema),
  woonsituatie: z.enum(WOONSITUATIES),
  huurPerMaand: unknownable(centsSchema),
  betalingsachterstanden: z.enum(ANSWER_YES_NO).nullable(),
  schulden: z.enum(ANSWER_YES_NO).nullable(),
  wilHulpBijGeldzaken: z.enum(ANSWER_YES_NO).nullable(),
  ondernemer: z.boolean(),
  /** A self-employed person of 55 or older who plans to stop the business (IOAZ). */
  stoptMetBedrijf: z.boolean().nullable(),
  /** Lost a job at 50 or older and the WW has ended (IOAW). */
  werkloosNa50: z.enum(ANSWER_YES_NO).nullable(),
  studiefinanciering: z.boolean(),
  /** A student who cannot work alongside the study because of an illness or disability (studietoeslag). */
  studieBeperking: z.boolean(),
  /** Uses paid childcare (dagopvang, bso, gastouder) for a child under 13. */
  kinderopvang: z.boolean(),
});

export type Household = z.infer<typeof householdSchema>;
