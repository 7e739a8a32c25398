import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { payloadFromHash } from './payloadFromHash';
import { decodeResults, encodeResults, resultsLink, sign, type SharedResults } from './resultsPayload';

const KNOWN = { schemeIds: ['algemeneBijstand', 'kindpakket', 'schuldhulpverlening'], languages: ['nl', 'en', 'tr', 'ar', 'pl', 'uk'], today: '2026-12-01' };
const results: SharedResults = {
  peildatum: '2026-07-01',
  language: 'ar',
  outcomes: [
    { schemeId: 'algemeneBijstand', verdict: 'likely' },
    { schemeId: 'kindpakket', verdict: 'unknown' },
  ],
};

describe('the take-home results payload', () => {
  it('decodes what it encoded', () => {
    expect(decodeResults(encodeResults(results), KNOWN)).toEqual({ ok: true, results });
  });

  it('carries scheme ids and verdicts only, no amounts', () => {
    expect(encodeResults(results)).toMatch(/^1\.20260701\.ar\.algemeneBijstand-l_kindpakket-u\.[0-9a-z]+$/);
  });

  it('decodes an empty list of schemes', () => {
    expect(decodeResults(encodeResults({ ...results, outcomes: [] }), KNOWN)).toEqual({ ok: true, results: { ...results, outcomes: [] } });
  });

  it.each([
    ['a verdict changed from unknown to likely', (p: string) => p.replace('kindpakket-u', 'kindpakket-l')],
    ['a scheme added', (p: string) => p.replace('kindpakket-u', 'kindpakket-u_schuldhulpverlening-l')],
    ['the date changed', (p: string) => p.replace('20260701', '20270701')],
    ['the checksum changed', (p: string) => `${p.slice(0, -1)}${p.endsWith('0') ? '1' : '0'}`],
  ])('rejects a link changed without recomputing its checksum (%s) as damaged', (_, tamper) => {
    expect(decodeResults(tamper(encodeResults(results)), KNOWN)).toEqual({ ok: false, error: 'takeHome.errors.damaged' });
  });

  it.each([
    ['an empty string', ''],
    ['a word', 'hello'],
    ['too few parts', '1.2.3'],
    ['no checksum', '1.20260701.nl.algemeneBijstand-l'],
    ['too many parts', 'a.b.c.d.e.f'],
    ['3000 characters', 'x'.repeat(3000)],
  ])('rejects a malformed payload (%s)', (_, payload) => {
    expect(decodeResults(payload, KNOWN)).toEqual({ ok: false, error: 'takeHome.errors.malformed' });
  });

  it.each(['2.20260701.nl.', '1.20261301.nl.', '1.2026070.nl.', '1.20260701.NL.', '1.20260701.nl.kindpakket-x', '1.20260701.nl.kind pakket-l'])(
    'rejects the correctly signed but malformed body %j as malformed',
    (body) => {
      expect(decodeResults(sign(body), KNOWN)).toEqual({ ok: false, error: 'takeHome.errors.malformed' });
    },
  );

  it('accepts a made-up link with a recomputed checksum: the checksum is a typing check, so the link proves nothing', () => {
    const madeUp = sign('1.20261201.nl.schuldhulpverlening-l');
    expect(decodeResults(madeUp, KNOWN).ok).toBe(true);
  });

  it.each([
    ['a scheme named twice', '1.20260701.nl.kindpakket-l_kindpakket-u', 'takeHomeLink.errors.duplicate'],
    ['30 February', '1.20260230.nl.kindpakket-l', 'takeHomeLink.errors.noSuchDate'],
    ['31 April', '1.20260431.nl.kindpakket-l', 'takeHomeLink.errors.noSuchDate'],
    ['29 February in a year that is not a leap year', '1.20270229.nl.kindpakket-l', 'takeHomeLink.errors.noSuchDate'],
    ['a date two days after today', '1.20261203.nl.kindpakket-l', 'takeHomeLink.errors.future'],
    ['a language the app does not ship', '1.20261201.fr.kindpakket-l', 'takeHomeLink.errors.language'],
  ])('refuses what the check never writes: %s', (_, body, error) => {
    expect(decodeResults(sign(body), KNOWN)).toEqual({ ok: false, error });
  });

  it('accepts 29 February in a leap year, and tomorrow (a kiosk clock running ahead at midnight)', () => {
    expect(decodeResults(sign('1.20240229.nl.kindpakket-l'), KNOWN).ok).toBe(true);
    expect(decodeResults(sign('1.20261202.nl.kindpakket-l'), KNOWN).ok).toBe(true);
  });

  it('rejects a link naming a scheme this version does not know', () => {
    const payload = encodeResults({ ...results, outcomes: [{ schemeId: 'energietoeslag', verdict: 'likely' }] });
    expect(decodeResults(payload, KNOWN)).toEqual({ ok: false, error: 'takeHome.errors.unknownScheme' });
  });

  it('never throws on garbage, and never accepts it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (garbage) => {
        const result = decodeResults(garbage, KNOWN);
        expect(result.ok).toBe(false);
      }),
    );
  });

  it('puts the payload in the fragment of the link, which browsers never send to a server', () => {
    const link = resultsLink('https://rondkomen.example', results);
    expect(new URL(link).search).toBe('');
    expect(new URL(link).pathname).toBe(`/${results.language}/uitslag/`);
    expect(payloadFromHash(new URL(link).hash)).toBe(encodeResults(results));
    expect(payloadFromHash('#iets-anders')).toBeNull();
  });
});
