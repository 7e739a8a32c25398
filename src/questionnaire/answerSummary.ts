/**
 * "Check your answers": every answer of the check as a row, per step, derived from the step
 * definitions themselves so a new question appears without touching this file.
 *
 * Which questions a step asked follows from its schema: a question is shown when leaving it out
 * would make the step invalid for these answers. That keeps a follow-up question whose answer
 * is stale (the partner's age after "no partner") off the list, exactly as the form hides it.
 */
import type { Answers } from './answers';
import { parseAmount } from './parseAmount';
import { questionLabel } from './questionLabel';
import { applicableSteps, asksSoortUitkering, type StepId } from './steps';

/** What a row says as its answer. */
export type SummaryValue =
  | { kind: 'text'; text: string }
  /**
   * An amount as it was read, in cents: the view writes it in the language's one money format, so
   * "1100" typed shows as on the results ("€ 1.100"), and a misread "1.45" would show as € 1,45.
   */
  | { kind: 'amount'; cents: number }
  /** Chosen option(s), as the option values; the view looks up their labels. */
  | { kind: 'choice'; field: string; values: readonly string[] }
  | { kind: 'dontKnow' }
  | { kind: 'missing' };

export type SummaryRow = {
  /** The field path as the form names it ("inkomen.werk", "kinderLeeftijden.0"). */
  name: string;
  /** Translation key of the question's label, and the values its placeholders need. */
  label: string;
  labelParams: Record<string, number>;
  value: SummaryValue;
};

export type SummaryStep = { stepId: StepId; skipped: boolean; rows: SummaryRow[] };

/** The "I don't know" box of an amount question is named after it (see AmountQuestion). */
const UNKNOWN_SUFFIX = 'Onbekend';

/** An amount the form could not read stays as typed; the form shows the error beside it. */
function amountValue(typed: string): SummaryValue {
  const amount = parseAmount(typed);
  return amount.ok ? { kind: 'amount', cents: amount.cents } : { kind: 'text', text: typed };
}

/** Optional questions, asked only when the answer before them makes them relevant (StepFields). */
const OPTIONAL_ASKED_WHEN: Record<string, (answers: Answers) => boolean> = {
  achterstandOp: (answers) => answers.betalingsachterstanden === 'ja',
  arbeidsbeperking: () => true,
  soortUitkering: asksSoortUitkering,
};

type Shape = Record<string, unknown>;
type Parser = { safeParse: (value: unknown) => { error?: { issues: readonly { path: readonly PropertyKey[] }[] } } };

function shapeOf(schema: unknown): Shape {
  const def = (schema as { def?: { shape?: Shape } }).def;
  return def?.shape ?? {};
}

function valueAt(answers: Answers, path: readonly PropertyKey[]): unknown {
  let value: unknown = answers;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function isAnswered(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
}

function rowFor(answers: Answers, shape: Shape, path: readonly PropertyKey[], peildatum: string): SummaryRow {
  const field = String(path[0]);
  const name = path.map(String).join('.');
  const label = questionLabel(name, answers, peildatum);
  const value = valueAt(answers, path);
  const unknownField = `${field}${UNKNOWN_SUFFIX}`;
  const isAmount = unknownField in shape;
  const summaryValue: SummaryValue =
    isAmount && valueAt(answers, [unknownField, ...path.slice(1)]) === true
      ? { kind: 'dontKnow' }
      : !isAnswered(value)
        ? { kind: 'missing' }
        : Array.isArray(value)
          ? { kind: 'choice', field, values: value.map(String) }
          : isAmount
            ? amountValue(String(value))
            : typeof value === 'string' && /^\d+$/.test(value.trim())
              ? { kind: 'text', text: value.trim() }
              : { kind: 'choice', field, values: [String(value)] };
  return {
    name,
    label: label.key,
    labelParams: label.params,
    value: summaryValue,
  };
}

/** The paths of the questions the step asks for these answers, in the order of its schema. */
function askedPaths(answers: Answers, shape: Shape, schemaFor: (answers: Answers) => Parser): (readonly PropertyKey[])[] {
  const paths: (readonly PropertyKey[])[] = [];
  for (const field of Object.keys(shape)) {
    if (field.endsWith(UNKNOWN_SUFFIX) && field.slice(0, -UNKNOWN_SUFFIX.length) in shape) continue;
    const askedWhen = OPTIONAL_ASKED_WHEN[field];
    if (askedWhen) {
      if (askedWhen(answers)) paths.push([field]);
      continue;
    }
    const without: Record<string, unknown> = { ...answers };
    delete without[field];
    delete without[`${field}${UNKNOWN_SUFFIX}`];
    const issues = schemaFor(without as Answers).safeParse(without).error?.issues ?? [];
    const seen = new Set<string>();
    for (const issue of issues) {
      if (issue.path[0] !== field) continue;
      const key = issue.path.map(String).join('.');
      if (seen.has(key)) continue;
      seen.add(key);
      paths.push(issue.path.length > 0 ? issue.path : [field]);
    }
  }
  return paths;
}

function wasSkipped(answers: Answers, skipWith: Answers | undefined): boolean {
  if (!skipWith) return false;
  return Object.entries(skipWith).every(([field, value]) => JSON.stringify(answers[field as keyof Answers] ?? []) === JSON.stringify(value));
}

/** Every applicable step of the check with the answers it holds, for the "check your answers" list. */
export function answerSummary(answers: Answers, peildatum: string): SummaryStep[] {
  return applicableSteps(answers, peildatum, 'check').map((step) => {
    const schemaFor = (values: Answers): Parser => step.schema(values, peildatum);
    const shape = shapeOf(step.schema(answers, peildatum));
    if (wasSkipped(answers, step.skipWith)) return { stepId: step.id, skipped: true, rows: [] };
    return { stepId: step.id, skipped: false, rows: askedPaths(answers, shape, schemaFor).map((path) => rowFor(answers, shape, path, peildatum)) };
  });
}
