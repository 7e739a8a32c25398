/**
 * Keeps the answers on this device between visits, so a reload mid-questionnaire loses nothing.
 *
 * Whatever is stored is read back through zod: a damaged or foreign value is thrown away rather
 * than trusted, and the check starts fresh. Nothing is ever sent anywhere.
 */
import * as z from 'zod/mini';
import { readItem, writeItem } from '../storage/deviceStorage';
import { answerFields, answersSchema, type Answers } from './answers';

export const STORAGE_KEY = 'rondkomen-check.v1';

export const SCREENS = ['start', 'questions', 'results', 'catalogue', 'hulp', 'controle', 'toegankelijkheid', 'privacy', 'colofon'] as const;
export type Screen = (typeof SCREENS)[number];

const savedSchema = z.object({
  answers: answersSchema,
  stepId: z.optional(z.string().check(z.maxLength(40))),
  screen: z.optional(z.enum(SCREENS)),
  flow: z.optional(z.enum(['check', 'geldzorgen'])),
});

export type Saved = z.infer<typeof savedSchema>;
export const EMPTY: Saved = { answers: {} };

/**
 * Keeps each stored answer that is still valid on its own. A draft holds half-filled steps (an
 * unanswered radio is null) and an older version may have stored fields that changed since: one
 * odd field must not cost the inhabitant all the others.
 */
function validAnswers(stored: unknown): Answers {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const answers: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(answerFields)) {
    const result = schema.safeParse((stored as Record<string, unknown>)[name]);
    if (result.success) answers[name] = result.data;
  }
  return answers as Answers;
}

/** Parses a stored value; anything that is not a save gives the empty state. */
export function parseSaved(raw: string | null): Saved {
  if (!raw) return EMPTY;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return EMPTY;
    const { answers, ...navigation } = parsed as Record<string, unknown>;
    const result = savedSchema.safeParse({ ...navigation, answers: validAnswers(answers) });
    return result.success ? result.data : { answers: validAnswers(answers) };
  } catch {
    return EMPTY;
  }
}

export function loadSaved(storage: Storage | undefined): Saved {
  return parseSaved(readItem(storage, STORAGE_KEY));
}

export function save(storage: Storage | undefined, saved: Saved): void {
  writeItem(storage, STORAGE_KEY, JSON.stringify(saved));
}

export function clearSaved(storage: Storage | undefined): void {
  writeItem(storage, STORAGE_KEY, null);
}

export type { Answers };
