/**
 * The questionnaire: one topic per step, in order. A step whose questions no rule needs for this
 * household is skipped. Each step validates its own fields with zod before the answers move on.
 */
import * as z from 'zod/mini';
import {
  nodigKostendelers,
  nodigLaagInkomenSinds,
  nodigMedischUrenbeperkt,
  nodigOndernemer,
  nodigStoptMetBedrijf,
  nodigStudiefinanciering,
  nodigWerkloosNa50,
  LIMITS,
  TOESLAGEN,
  VERBLIJFSSTATUSSEN,
  type BekendeFeiten,
} from '../rules';
import { INKOMSTENBRONNEN, type Answers } from './answers';
import { ontvangtAlOpties } from './answersToHousehold';
import { amountText, choice, requireField, wholeNumberText } from './fieldSchemas';
import { parseWholeNumber } from './parseAmount';

export const STEP_IDS = ['woonplaats', 'huishouden', 'verblijf', 'kinderen', 'medebewoners', 'werkEnStudie', 'inkomen', 'vermogen', 'wonen', 'geldzaken', 'ontvangtAl'] as const;
export type StepId = (typeof STEP_IDS)[number];

const age = wholeNumberText(LIMITS.leeftijdMinimum, LIMITS.leeftijd, 'errors.ageTooLow', 'errors.age', 'formDetails.ageNumber');
const yesNo = choice(['ja', 'nee']);
const yesNoPrivate = choice(['ja', 'nee', 'zegIkLiever']);
const verblijfsstatus = choice([...VERBLIJFSSTATUSSEN, 'zegIkLiever']);

/** What the rules need to know to say whether they need a question (src/rules `nodig…`). */
function bekend(answers: Answers): BekendeFeiten {
  const jaren = parseWholeNumber(answers.leeftijd ?? '');
  const ondernemer = answers.ondernemer === 'ja' ? true : answers.ondernemer === 'nee' ? false : null;
  // No source ticked yet (the income screen starts from an empty list) is not yet an answer.
  const bronnen = answers.inkomstenbronnen ?? [];
  return { leeftijd: jaren.ok ? jaren.value : null, ondernemer, werkinkomen: bronnen.length > 0 ? bronnen.includes('werk') : null };
}

export const asksLaagInkomenSinds = (answers: Answers, peildatum: string): boolean => nodigLaagInkomenSinds(bekend(answers), peildatum);
export const asksWerkloosNa50 = (answers: Answers, peildatum: string): boolean => nodigWerkloosNa50(bekend(answers), peildatum);
export const asksStoptMetBedrijf = (answers: Answers, peildatum: string): boolean => nodigStoptMetBedrijf(bekend(answers), peildatum);
export const asksStudiefinanciering = (answers: Answers, peildatum: string): boolean => nodigStudiefinanciering(bekend(answers), peildatum);
export const asksOndernemer = (answers: Answers, peildatum: string): boolean => nodigOndernemer(bekend(answers), peildatum);

/**
 * The business question goes with work and study when a rule needs it whatever the income (below
 * AOW age, or while the age is not known); otherwise, from AOW age, it follows the income it is
 * about: in the income step, once work is among the sources ticked there.
 */
export const asksOndernemerVooraf = (answers: Answers, peildatum: string): boolean => nodigOndernemer({ ...bekend(answers), werkinkomen: false }, peildatum);

export function asksOndernemerBijInkomen(answers: Answers, peildatum: string): boolean {
  return !asksOndernemerVooraf(answers, peildatum) && (answers.inkomstenbronnen ?? []).length > 0 && asksOndernemer(answers, peildatum);
}

/**
 * "Work and study" is a step only while a rule needs one of its questions: the business question or
 * student finance (stopping the business and job loss after 50 follow the business question). The
 * optional question about an illness or disability is asked of everyone: in this step, or, when
 * the step is not shown, in the income step.
 */
export function asksWerkEnStudie(answers: Answers, peildatum: string): boolean {
  return asksOndernemerVooraf(answers, peildatum) || asksStudiefinanciering(answers, peildatum);
}

/** The toeslagen test gross yearly income; nobody without income needs to look it up. */
export function asksToetsingsinkomen(answers: Answers): boolean {
  return (answers.inkomstenbronnen ?? []).some((bron) => bron !== 'geen');
}

/**
 * "Do you already get this?" is asked last, about the toeslagen this household could get; while
 * earlier answers are missing it is counted as a step, so the progress bar does not jump back.
 */
export function asksOntvangtAl(answers: Answers, peildatum: string): boolean {
  const opties = ontvangtAlOpties(answers, peildatum);
  return opties === null || opties.length > 0;
}

/** Only with work income and an illness or disability that limits the work (medischUrenbeperkt.ts). */
export function asksMedischUrenbeperkt(answers: Answers, peildatum: string): boolean {
  return answers.arbeidsbeperking === 'ja' && (answers.inkomstenbronnen ?? []).includes('werk') && nodigMedischUrenbeperkt(bekend(answers), peildatum);
}

/**
 * The kind of a benefit that is not bijstand: it changes the gross estimate and the studietoeslag.
 * Optional: left open it is not known, as before the question existed.
 */
export function asksSoortUitkering(answers: Answers): boolean {
  return (answers.inkomstenbronnen ?? []).includes('uitkering') && answers.ontvangtBijstand === 'nee';
}

export const asksKostendelers = (answers: Answers, peildatum: string): boolean => nodigKostendelers(bekend(answers), peildatum);

type StepDefinition = {
  id: StepId;
  applies: (answers: Answers, peildatum: string) => boolean;
  schema: (answers: Answers, peildatum: string) => z.ZodMiniType;
  /** Answers given when the inhabitant skips the whole step; absent: the step cannot be skipped. */
  skipWith?: Answers;
};

/** The two ways through the questions: the whole check, or only the money-worries step. */
export type Flow = 'check' | 'geldzorgen';
const FLOW_STEPS: Record<Flow, readonly StepId[] | null> = { check: null, geldzorgen: ['geldzaken'] };

const always = () => true;

export const steps: readonly StepDefinition[] = [
  { id: 'woonplaats', applies: always, schema: () => z.object({ woonplaats: choice(['heemskerk', 'elders']) }) },
  {
    id: 'huishouden',
    applies: always,
    schema: () =>
      z
        .object({ leefvorm: choice(['alleen', 'samen']), leeftijd: age, partnerLeeftijd: z.optional(z.string()) })
        .check(z.superRefine((values, ctx) => {
          if (values.leefvorm !== 'samen') return;
          requireField(ctx, age, values.partnerLeeftijd ?? '', ['partnerLeeftijd']);
        })),
  },
  {
    id: 'verblijf',
    applies: always,
    schema: (answers) =>
      z
        .object({ verblijfsstatus, partnerVerblijfsstatus: z.optional(z.nullable(z.string())) })
        .check(z.superRefine((values, ctx) => {
          if (answers.leefvorm === 'samen') requireField(ctx, verblijfsstatus, values.partnerVerblijfsstatus, ['partnerVerblijfsstatus']);
        })),
  },
  {
    id: 'kinderen',
    applies: always,
    schema: () =>
      z
        .object({
          aantalKinderen: wholeNumberText(0, LIMITS.kinderen, 'errors.notNegative', 'errors.tooMany'),
          kinderLeeftijden: z.optional(z.array(z.string())),
          kinderopvang: z.optional(z.nullable(z.string())),
        })
        .check(z.superRefine((values, ctx) => {
          const aantal = parseWholeNumber(values.aantalKinderen);
          // Above the maximum the number itself is refused; asking ages for hidden fields would only confuse.
          if (!aantal.ok || aantal.value > LIMITS.kinderen) return;
          const childAge = wholeNumberText(0, LIMITS.leeftijdKind, 'errors.notNegative', 'errors.childAge');
          for (let i = 0; i < aantal.value; i++) {
            requireField(ctx, childAge, values.kinderLeeftijden?.[i] ?? '', ['kinderLeeftijden', i]);
          }
          if (aantal.value > 0) requireField(ctx, yesNo, values.kinderopvang, ['kinderopvang']);
        })),
  },
  {
    id: 'medebewoners',
    applies: asksKostendelers,
    schema: () => z.object({ kostendelers: wholeNumberText(0, LIMITS.kostendelers, 'errors.notNegative', 'errors.tooMany') }),
  },
  {
    id: 'werkEnStudie',
    applies: asksWerkEnStudie,
    schema: (answers, peildatum) =>
      z
        .object({
          ondernemer: asksOndernemerVooraf(answers, peildatum) ? yesNo : z.optional(z.nullable(z.string())),
          // The age is answered in an earlier step, so the shape knows whether this is asked.
          studiefinanciering: asksStudiefinanciering(answers, peildatum) ? yesNo : z.optional(z.nullable(z.string())),
          stoptMetBedrijf: z.optional(z.nullable(z.string())),
          werkloosNa50: z.optional(z.nullable(z.string())),
          studieBeperking: z.optional(z.nullable(z.string())),
          // Optional, like any question about health: left open, it counts as not said.
          arbeidsbeperking: z.optional(z.nullable(z.string())),
        })
        .check(z.superRefine((values, ctx) => {
          const current = { ...answers, ...(values as Answers) };
          if (asksStoptMetBedrijf(current, peildatum)) requireField(ctx, yesNo, values.stoptMetBedrijf, ['stoptMetBedrijf']);
          if (asksWerkloosNa50(current, peildatum)) requireField(ctx, yesNo, values.werkloosNa50, ['werkloosNa50']);
          if (asksStudiefinanciering(current, peildatum) && values.studiefinanciering === 'ja') requireField(ctx, yesNo, values.studieBeperking, ['studieBeperking']);
        })),
  },
  {
    id: 'inkomen',
    applies: always,
    schema: (answers, peildatum) =>
      z
        .object({
          inkomstenbronnen: z.array(z.enum([...INKOMSTENBRONNEN, 'geen']), { error: 'errors.chooseOne' }).check(z.minLength(1, 'errors.chooseOne')),
          inkomen: z.optional(z.record(z.string(), z.optional(z.string()))),
          inkomenOnbekend: z.optional(z.record(z.string(), z.optional(z.boolean()))),
          ontvangtBijstand: z.optional(z.nullable(z.string())),
          toetsingsinkomen: z.optional(z.string()),
          toetsingsinkomenOnbekend: z.optional(z.boolean()),
          laagInkomenSinds: z.optional(z.nullable(z.string())),
          medischUrenbeperkt: z.optional(z.nullable(z.string())),
          soortUitkering: z.optional(z.nullable(z.string())),
          // Only where this step asks them: without a "work and study" step (questionLabel, answerSummary).
          ...(asksWerkEnStudie(answers, peildatum) ? {} : { ondernemer: z.optional(z.nullable(z.string())), arbeidsbeperking: z.optional(z.nullable(z.string())) }),
        })
        .check(z.superRefine((values, ctx) => {
          for (const bron of INKOMSTENBRONNEN) {
            if (!values.inkomstenbronnen.includes(bron) || values.inkomenOnbekend?.[bron]) continue;
            requireField(ctx, amountText, values.inkomen?.[bron] ?? '', ['inkomen', bron]);
          }
          if (asksToetsingsinkomen(values as Answers) && !values.toetsingsinkomenOnbekend) {
            requireField(ctx, amountText, values.toetsingsinkomen ?? '', ['toetsingsinkomen']);
          }
          if (values.inkomstenbronnen.includes('uitkering')) requireField(ctx, yesNo, values.ontvangtBijstand, ['ontvangtBijstand']);
          if (asksLaagInkomenSinds(answers, peildatum)) requireField(ctx, choice(['lang', 'kort', 'weetNiet']), values.laagInkomenSinds, ['laagInkomenSinds']);
          const current = { ...answers, ...(values as Answers) };
          if (asksOndernemerBijInkomen(current, peildatum)) requireField(ctx, yesNo, values.ondernemer, ['ondernemer']);
          if (asksMedischUrenbeperkt(current, peildatum)) requireField(ctx, choice(['ja', 'nee', 'weetNiet']), values.medischUrenbeperkt, ['medischUrenbeperkt']);
        })),
  },
  {
    id: 'vermogen',
    applies: always,
    schema: () =>
      z.object({ vermogen: z.optional(z.string()), vermogenOnbekend: z.optional(z.boolean()) }).check(z.superRefine((values, ctx) => {
        if (values.vermogenOnbekend) return;
        requireField(ctx, amountText, values.vermogen ?? '', ['vermogen']);
      })),
  },
  {
    id: 'wonen',
    applies: always,
    schema: () =>
      z
        .object({ woonsituatie: choice(['huur', 'koop', 'inwonend', 'anders']), huur: z.optional(z.string()), huurOnbekend: z.optional(z.boolean()) })
        .check(z.superRefine((values, ctx) => {
          if (values.woonsituatie !== 'huur' || values.huurOnbekend) return;
          requireField(ctx, amountText, values.huur ?? '', ['huur']);
        })),
  },
  {
    id: 'geldzaken',
    applies: always,
    schema: () =>
      z
        .object({
          betalingsachterstanden: yesNoPrivate,
          // Optional: ticking none of the bills is a fine answer.
          achterstandOp: z.optional(z.unknown()),
          schulden: yesNoPrivate,
          afbetaalbaarBinnenTermijn: z.optional(z.nullable(z.string())),
          deurwaarder: yesNoPrivate,
          dreigtOntruimingOfAfsluiting: yesNoPrivate,
          geldVoorEten: yesNoPrivate,
          inkomenLagerDanVasteLasten: choice(['ja', 'nee', 'weetNiet']),
          wilHulpBijGeldzaken: yesNoPrivate,
        })
        .check(z.superRefine((values, ctx) => {
          if (values.schulden === 'ja') requireField(ctx, choice(['ja', 'nee', 'weetNiet']), values.afbetaalbaarBinnenTermijn, ['afbetaalbaarBinnenTermijn']);
        })),
    // Money trouble is hard to talk about: the whole step can be skipped, which counts as
    // "I'd rather not say" and still leads to a gentle offer of help.
    skipWith: {
      betalingsachterstanden: 'zegIkLiever',
      achterstandOp: [],
      schulden: 'zegIkLiever',
      deurwaarder: 'zegIkLiever',
      dreigtOntruimingOfAfsluiting: 'zegIkLiever',
      geldVoorEten: 'zegIkLiever',
      inkomenLagerDanVasteLasten: 'weetNiet',
      wilHulpBijGeldzaken: 'zegIkLiever',
    },
  },
  {
    id: 'ontvangtAl',
    applies: (answers, peildatum) => asksOntvangtAl(answers, peildatum),
    schema: () => z.object({ ontvangtAl: z.array(z.enum([...TOESLAGEN, 'geen']), { error: 'errors.chooseOne' }).check(z.minLength(1, 'errors.chooseOne')) }),
  },
];

export function applicableSteps(answers: Answers, peildatum: string, flow: Flow = 'check'): StepDefinition[] {
  const only = FLOW_STEPS[flow];
  return steps.filter((step) => (only === null || only.includes(step.id)) && step.applies(answers, peildatum));
}

/**
 * Where a saved or requested step is shown: that step, or, when no rule needs it any more (the
 * "work and study" step of a pensioner, saved by an earlier version), the next step that applies.
 */
export function stepIndex(answers: Answers, peildatum: string, flow: Flow, stepId: string | undefined): number {
  const order = STEP_IDS.indexOf(stepId as StepId);
  return Math.max(0, applicableSteps(answers, peildatum, flow).findIndex((step) => STEP_IDS.indexOf(step.id) >= order));
}

/** The first step whose answers are missing or no longer valid: where to resume. */
export function firstIncompleteStep(answers: Answers, peildatum: string, flow: Flow = 'check'): StepId | undefined {
  return applicableSteps(answers, peildatum, flow).find((step) => !step.schema(answers, peildatum).safeParse(answers).success)?.id;
}
