/**
 * Fuzzing the take-home decoder with links as they could reach a phone: typed over by hand, cut
 * short, edited, or made up with a correct checksum. It never throws, accepts only what the check
 * itself could have written, and refuses with a message that exists in every language.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemes } from '../../src/rules';
import { decodeResults, encodeResults, sign, type DecodeContext } from '../../src/takeHome/resultsPayload';
import { untranslatedIn } from '../fixtures/translated';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 120_000;
const CONTEXT: DecodeContext = {
  schemeIds: schemes.map((s) => s.id),
  languages: readdirSync(join(import.meta.dirname, '../../locales')),
  today: '2026-12-01',
};

function expectHonest(payload: string): void {
  const result = decodeResults(payload, CONTEXT);
  if (!result.ok) {
    expect(untranslatedIn(result.error)).toEqual([]);
    return;
  }
  const { peildatum, language, outcomes } = result.results;
  const ids = outcomes.map((o) => o.schemeId);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.every((id) => CONTEXT.schemeIds.includes(id))).toBe(true);
  expect(CONTEXT.languages).toContain(language);
  expect(new Date(`${peildatum}T00:00:00Z`).toISOString().slice(0, 10)).toBe(peildatum);
  expect(peildatum <= '2026-12-02').toBe(true);
}

const validResults = fc.record({
  peildatum: fc.date({ min: new Date('2020-01-01'), max: new Date('2026-12-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  language: fc.constantFrom(...CONTEXT.languages),
  outcomes: fc.uniqueArray(fc.constantFrom(...CONTEXT.schemeIds), { maxLength: 23 }).chain((ids) =>
    fc.tuple(...ids.map((schemeId) => fc.constantFrom('likely' as const, 'unknown' as const).map((verdict) => ({ schemeId, verdict })))),
  ),
});

/** A body with a correct checksum whose parts are anything near what the check writes. */
const madeUpBody = fc
  .tuple(
    fc.constantFrom('1', '2', ''),
    fc.oneof(fc.stringMatching(/^\d{8}$/), fc.string({ maxLength: 10 })),
    fc.oneof(fc.constantFrom(...CONTEXT.languages, 'fr', 'de', 'xx', 'NL', ''), fc.string({ maxLength: 4 })),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...CONTEXT.schemeIds), fc.string({ maxLength: 12 })), fc.constantFrom('l', 'u', 'x', '')), { maxLength: 8 }),
  )
  .map(([version, date, language, entries]) => sign([version, date, language, entries.map(([id, code]) => `${id}-${code}`).join('_')].join('.')));

describe('decodeResults on generated links', () => {
  it('decodes every link the check can make', () => {
    fc.assert(fc.property(validResults, (results) => {
      expect(decodeResults(encodeResults(results), CONTEXT)).toEqual({ ok: true, results });
    }), RUNS);
  }, TIMEOUT);

  it('any text: never throws, refuses with a translated message', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), expectHonest), RUNS);
  }, TIMEOUT);

  it('made-up links with a correct checksum: only what the check could have written gets through', () => {
    fc.assert(fc.property(madeUpBody, expectHonest), RUNS);
  }, TIMEOUT);

  it('real links cut short or with characters changed', () => {
    fc.assert(
      fc.property(validResults, fc.nat(), fc.string({ maxLength: 3 }), (results, position, insert) => {
        const payload = encodeResults(results);
        const at = position % (payload.length + 1);
        expectHonest(payload.slice(0, at));
        expectHonest(payload.slice(0, at) + insert + payload.slice(at + 1));
      }),
      RUNS,
    );
  }, TIMEOUT);
});
