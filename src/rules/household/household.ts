/**
 * Het huishouden: the validated facts the rules read, and the only input `evaluate` accepts.
 *
 * `null` means the inhabitant answered "ik weet het niet" (or would rather not say); a check that
 * needs such a fact answers 'unknown' rather than guessing. Money is in eurocents, net per month.
 * Messages are translation keys so the questionnaire can show them in any language. zod/mini keeps
 * the full zod API out of the download.
 */
import * as z from 'zod/mini';
import { LIMITS } from './limits';

/** Every refusal carries a message key, also for a wrong type, so any language can word it. */
const choose = { error: 'errors.choose' } as const;
/** A whole, non-negative number; `fraction` names the message for a number with a fraction. */
const wholeNumber = (fraction: string) =>
  z
    .int({ error: (issue) => (issue.code === 'too_big' ? 'errors.tooLarge' : 'expected' in issue && issue.expected === 'int' ? fraction : 'errors.number') })
    .check(z.minimum(0, 'errors.notNegative'));

export const centsSchema = wholeNumber('errors.number').check(z.maximum(LIMITS.cents, 'errors.tooLarge'));

export const ageSchema = wholeNumber('errors.wholeYears').check(z.maximum(LIMITS.leeftijd, 'errors.age'));

const childAgeSchema = wholeNumber('errors.wholeYears').check(z.maximum(LIMITS.leeftijdKind, 'errors.childAge'));

const unknownable = <T extends z.ZodMiniType>(schema: T) => z.nullable(schema);

export const ANSWER_YES_NO = ['ja', 'nee'] as const;

export const WOONSITUATIES = ['huur', 'koop', 'inwonend', 'anders'] as const;

/**
 * Residence status, in the groups the law distinguishes (art. 8 Vreemdelingenwet 2000): Dutch
 * nationality; EU/EEA/Swiss citizen (e); asylum permit (c, d); another residence permit (a, b, l);
 * temporary protection for people from Ukraine (f, h via art. 1 o); in the asylum procedure (f);
 * 'anders': another situation or not sure. See engine/verblijf.ts for what each means per scheme.
 */
export const VERBLIJFSSTATUSSEN = ['nederlands', 'eu', 'asielvergunning', 'verblijfsvergunning', 'tijdelijkeBescherming', 'asielprocedure', 'anders'] as const;
export type Verblijfsstatus = (typeof VERBLIJFSSTATUSSEN)[number];

/**
 * The kind of benefit behind `inkomen.uitkering` when it is not bijstand: Wajong (Wet Wajong), WIA
 * (WGA or IVA), Ziektewet, WW, or another. It changes the holiday pay in the gross estimate and
 * whether the studietoeslag can apply.
 */
export const SOORTEN_UITKERING = ['wajong', 'wia', 'ziektewet', 'ww', 'anders'] as const;
export type SoortUitkering = (typeof SOORTEN_UITKERING)[number];

/** The national toeslagen, paid by Dienst Toeslagen as an advance and settled afterwards (Awir art. 16, 19). */
export const TOESLAGEN = ['zorgtoeslag', 'huurtoeslag', 'kindgebondenBudget', 'kinderopvangtoeslag'] as const;
export type Toeslag = (typeof TOESLAGEN)[number];

const person = z.object({ leeftijd: ageSchema }, { error: 'errors.age' });

export const householdSchema = z.object(
  {
    woontInHeemskerk: z.boolean(choose),
    aanvrager: person,
    partner: z.nullable(person),
    kinderen: z.array(z.object({ leeftijd: childAgeSchema }, { error: 'errors.childAge' }), { error: 'errors.number' }).check(z.maxLength(LIMITS.kinderen, 'errors.tooMany')),
    /** Medebewoners of 27 or older who share costs (art. 19a PW): not the partner, not a lodger with a contract, not a student. */
    kostendelers: wholeNumber('errors.number').check(z.maximum(LIMITS.kostendelers, 'errors.tooMany')),
    inkomen: z.object(
      {
        werk: unknownable(centsSchema),
        uitkering: unknownable(centsSchema),
        pensioen: unknownable(centsSchema),
        overig: unknownable(centsSchema),
      },
      { error: 'errors.number' },
    ),
    ontvangtBijstand: z.boolean(choose),
    /**
     * Gross yearly income of the applicant and partner together (toetsingsinkomen, from the
     * jaaropgaaf), for the national toeslagen. null: not known; the rules then estimate it from
     * the net income and say so.
     */
    toetsingsinkomen: unknownable(centsSchema),
    /** Whether the income has been this low for at least the IIT reference period. */
    laagInkomenSinds: z.nullable(z.enum(['lang', 'kort'], choose)),
    vermogen: unknownable(centsSchema),
    woonsituatie: z.enum(WOONSITUATIES, choose),
    huurPerMaand: unknownable(centsSchema),
    betalingsachterstanden: z.nullable(z.enum(ANSWER_YES_NO, choose)),
    schulden: z.nullable(z.enum(ANSWER_YES_NO, choose)),
    wilHulpBijGeldzaken: z.nullable(z.enum(ANSWER_YES_NO, choose)),
    ondernemer: z.boolean(choose),
    /** A self-employed person of 55 or older who plans to stop the business (IOAZ). */
    stoptMetBedrijf: z.nullable(z.boolean(choose)),
    /** Lost a job at 50 or older and the WW has ended (IOAW). */
    werkloosNa50: z.nullable(z.enum(ANSWER_YES_NO, choose)),
    studiefinanciering: z.boolean(choose),
    /** A student who cannot work alongside the study because of an illness or disability (studietoeslag). */
    studieBeperking: z.boolean(choose),
    /**
     * An illness or disability limits how much the applicant or the partner can work (issue 20):
     * it brings in the help for people with a work disability. null: "I'd rather not say".
     */
    arbeidsbeperking: z.nullable(z.enum(ANSWER_YES_NO, choose)),
    /**
     * UWV or the college has established that the person with the work income is medisch
     * urenbeperkt (art. 6b PW): asked only with work income and an `arbeidsbeperking`; false without
     * them. null: not known, and the vrijlating of art. 31 lid 2 y (2027: art. 34a lid 1 b) is "ask".
     */
    medischUrenbeperkt: z.nullable(z.boolean(choose)),
    /** The kind of benefit behind `inkomen.uitkering` when it is not bijstand; null: no such benefit, or not said. */
    soortUitkering: z.nullable(z.enum(SOORTEN_UITKERING, choose)),
    /** Uses paid childcare (dagopvang, bso, gastouder) for a child under 13. */
    kinderopvang: z.boolean(choose),
    /** null: "I'd rather not say"; the schemes that depend on it then answer "we can't tell". */
    verblijfsstatus: z.nullable(z.enum(VERBLIJFSSTATUSSEN, choose)),
    /** The partner's residence status; null without a partner or when not said. */
    partnerVerblijfsstatus: z.nullable(z.enum(VERBLIJFSSTATUSSEN, choose)),
    /**
     * The toeslagen the household says it already receives (asked only for those that can apply to
     * it; bijstand is `ontvangtBijstand`). The headline counts only new money.
     */
    ontvangtAl: z.array(z.enum(TOESLAGEN, choose), { error: 'errors.choose' }).check(z.maxLength(TOESLAGEN.length, 'errors.tooMany')),
  },
  { error: 'errors.generic' },
);

export type Household = z.infer<typeof householdSchema>;

/** The age of the oldest adult: the AIO, the pensioners' norms and the AOW-age rules follow it for a couple. */
export const oudsteLeeftijd = (h: Pick<Household, 'aanvrager' | 'partner'>): number => Math.max(h.aanvrager.leeftijd, h.partner?.leeftijd ?? 0);
