/**
 * Fuzzing the loader of saved answers: whatever is in localStorage (damaged, from an older version,
 * from another app, or planted), the loader never throws, always returns a state the app can use,
 * and whenever it leaves something out says so with a message that exists in every language.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/questionnaire/answers';
import { SCREENS } from '../../src/questionnaire/saveAnswers';
import { parseSaved, readSaved, type Saved } from '../../src/questionnaire/savedAnswers';
import { untranslatedIn } from '../fixtures/translated';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 180_000;

/** A state the app can start from: only known fields, each valid, and stable when saved again. */
function expectUsable(saved: Saved): void {
  expect(Object.keys(saved).filter((key) => !['answers', 'stepId', 'screen', 'flow'].includes(key))).toEqual([]);
  expect(answersSchema.safeParse(saved.answers).success).toBe(true);
  expect(Object.keys(saved.answers).every((key) => key in answersSchema.def.shape)).toBe(true);
  if (saved.stepId !== undefined) {
    expect(typeof saved.stepId).toBe('string');
    expect(saved.stepId.length).toBeLessThanOrEqual(40);
  }
  if (saved.screen !== undefined) expect(SCREENS).toContain(saved.screen);
  expect(parseSaved(JSON.stringify(saved))).toEqual(saved);
}

/** Usable, and honest: an answer that was stored but is not kept is reported as dropped. */
function expectLoaded(raw: string | null): void {
  const { saved, dropped } = readSaved(raw);
  expectUsable(saved);
  expect(untranslatedIn('savedAnswers.dropped')).toEqual([]);
  if (dropped) return;
  let stored: unknown = null;
  try {
    stored = raw ? JSON.parse(raw) : null;
  } catch {
    expect.fail(`unreadable JSON not reported: ${raw}`);
  }
  const answers = (stored as { answers?: unknown } | null)?.answers;
  if (typeof answers !== 'object' || answers === null) return;
  for (const [name, value] of Object.entries(answers)) {
    if (value !== null) expect(saved.answers, `${name} left out without a word`).toHaveProperty([name]);
  }
}

/** JSON.stringify of anything, as it could end up in storage (undefined and functions give null). */
const serialized = (value: fc.Arbitrary<unknown>) => value.map((v) => JSON.stringify(v) ?? null);

describe('parseSaved on garbage', () => {
  it('any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), expectLoaded), RUNS);
  }, TIMEOUT);

  it('any JSON text', () => {
    fc.assert(fc.property(fc.json(), expectLoaded), RUNS);
  }, TIMEOUT);

  it('any value, serialized', () => {
    fc.assert(fc.property(serialized(fc.anything()), expectLoaded), RUNS);
  }, TIMEOUT);

  it('a save whose fields hold anything', () => {
    const field = fc.anything({ maxDepth: 3 });
    const answers = fc.dictionary(fc.constantFrom(...Object.keys(answersSchema.def.shape), '__proto__', 'constructor', 'x'), field);
    fc.assert(
      fc.property(serialized(fc.record({ answers: fc.oneof(answers, field), stepId: field, screen: fc.oneof(fc.constantFrom(...SCREENS), field) }, { requiredKeys: [] })), (raw) =>
        expectLoaded(raw),
      ),
      RUNS,
    );
  }, TIMEOUT);

  it('a valid save cut off or with a character changed', () => {
    const raw = JSON.stringify({ answers: { woonplaats: 'heemskerk', leeftijd: '45', inkomen: { werk: '1.250,00' }, kinderLeeftijden: ['7'] }, stepId: 'wonen', screen: 'questions' });
    fc.assert(
      fc.property(fc.nat({ max: raw.length }), fc.string({ maxLength: 3 }), (at, insert) => {
        expectLoaded(raw.slice(0, at));
        expectLoaded(raw.slice(0, at) + insert + raw.slice(at + 1));
      }),
      RUNS,
    );
  }, TIMEOUT);
});
