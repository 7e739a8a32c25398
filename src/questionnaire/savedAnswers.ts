/**
 * Reads back the answers kept on this device between visits (saveAnswers.ts writes them), so a
 * reload mid-questionnaire loses nothing.
 *
 * Whatever is stored is read back through zod, answer by answer (and source by source for the
 * income): a damaged or foreign value is left out rather than trusted, the rest is kept, and the
 * app says that something was left out. Nothing is ever sent anywhere.
 */
import * as z from 'zod/mini';
import { answerFields, answersSchema, type Answers } from './answers';
import { EMPTY, SCREENS } from './saveAnswers';

const savedSchema = z.object({
  answers: answersSchema,
  stepId: z.optional(z.string().check(z.maxLength(40))),
  screen: z.optional(z.enum(SCREENS)),
  flow: z.optional(z.enum(['check', 'geldzorgen'])),
});

export type Saved = z.infer<typeof savedSchema>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A group of answers such as the income per source: the schema of each part, if it is one. */
function partsOf(schema: z.ZodMiniType): Record<string, z.ZodMiniType> | null {
  const def = schema._zod.def as { type: string; shape?: Record<string, z.ZodMiniType> };
  return def.type === 'object' && def.shape ? def.shape : null;
}

/** What survives of stored answers, and whether anything was left out. */
type Kept = { answers: Answers; dropped: boolean };

/**
 * Keeps each stored answer that is still valid on its own, and within a group each valid part. A
 * draft holds half-filled steps (an unanswered radio is null, which is simply not an answer yet)
 * and an older version may have stored fields that changed since: one odd field must not cost
 * the inhabitant all the others.
 */
function validAnswers(stored: unknown): Kept {
  if (!isRecord(stored)) return { answers: {}, dropped: stored !== undefined };
  const answers: Record<string, unknown> = {};
  let dropped = Object.keys(stored).some((name) => !Object.hasOwn(answerFields, name));
  for (const [name, schema] of Object.entries(answerFields)) {
    const value = stored[name];
    if (value === undefined || value === null) continue;
    const result = schema.safeParse(value);
    const parts = partsOf(schema);
    if (result.success) answers[name] = result.data;
    else if (parts && isRecord(value)) {
      const group: Record<string, unknown> = {};
      for (const [part, partSchema] of Object.entries(parts)) {
        const kept = partSchema.safeParse(value[part]);
        if (kept.success && kept.data !== undefined) group[part] = kept.data;
      }
      if (Object.keys(group).length > 0) answers[name] = group;
      dropped = true;
    } else dropped = true;
  }
  return { answers: answers as Answers, dropped };
}

/** A stored value read back: what can be used, and whether something damaged was left out. */
export type Loaded = { saved: Saved; dropped: boolean };

/** Parses a stored value, reporting whether anything was left out; nothing stored is not damage. */
export function readSaved(raw: string | null): Loaded {
  if (raw === null || raw === '') return { saved: EMPTY, dropped: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { saved: EMPTY, dropped: true };
  }
  if (!isRecord(parsed)) return { saved: EMPTY, dropped: true };
  const { answers: stored, ...navigation } = parsed;
  const kept = validAnswers(stored);
  const result = savedSchema.safeParse({ ...navigation, answers: kept.answers });
  return result.success ? { saved: result.data, dropped: kept.dropped } : { saved: { answers: kept.answers }, dropped: true };
}

/** Parses a stored value; anything that is not a save gives the empty state. */
export function parseSaved(raw: string | null): Saved {
  return readSaved(raw).saved;
}

export type { Answers };
