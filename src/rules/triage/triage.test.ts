import { describe, expect, it } from 'vitest';
import { getNorm } from '../norms/getNorm';
import type { Geldzorgen } from './geldzorgen';
import { triage, type TriageLevel } from './triage';

const PEILDATUM = '2026-07-01';

/** Someone who answered "no" to every money-trouble question. */
const geenZorgen: Geldzorgen = {
  betalingsachterstanden: 'nee',
  achterstandOp: [],
  schulden: 'nee',
  afbetaalbaarBinnenTermijn: null,
  deurwaarder: 'nee',
  dreigtOntruimingOfAfsluiting: 'nee',
  geldVoorEten: 'ja',
  inkomenLagerDanVasteLasten: 'nee',
  wilHulpBijGeldzaken: 'nee',
};

/** Someone who would rather not say anything. */
const zegtLieverNiets: Geldzorgen = {
  betalingsachterstanden: null,
  achterstandOp: [],
  schulden: null,
  afbetaalbaarBinnenTermijn: null,
  deurwaarder: null,
  dreigtOntruimingOfAfsluiting: null,
  geldVoorEten: null,
  inkomenLagerDanVasteLasten: null,
  wilHulpBijGeldzaken: null,
};

const levels = (g: Partial<Geldzorgen>, base: Geldzorgen = geenZorgen): TriageLevel[] => triage({ ...base, ...g }, PEILDATUM).map((r) => r.level);

describe('triage', () => {
  it.each<[string, Partial<Geldzorgen>, TriageLevel[]]>([
    ['a threat of eviction or cut-off is urgent', { dreigtOntruimingOfAfsluiting: 'ja' }, ['urgent']],
    ['no money for food this week is urgent', { geldVoorEten: 'nee' }, ['urgent']],
    ['debts that cannot be paid off within the term are problematic', { schulden: 'ja', afbetaalbaarBinnenTermijn: 'nee' }, ['problematischeSchulden']],
    ['letters from a bailiff point to debt help', { deurwaarder: 'ja' }, ['problematischeSchulden']],
    ['debts with income below the fixed costs are problematic', { schulden: 'ja', inkomenLagerDanVasteLasten: 'ja', afbetaalbaarBinnenTermijn: 'ja' }, ['problematischeSchulden']],
    ['arrears without problematic debts get early help', { betalingsachterstanden: 'ja', achterstandOp: ['energie'] }, ['achterstanden']],
    ['debts that can be paid off within the term get early help', { schulden: 'ja', afbetaalbaarBinnenTermijn: 'ja' }, ['achterstanden']],
    ['debts where it is unknown whether they can be paid off get early help', { schulden: 'ja', afbetaalbaarBinnenTermijn: null }, ['achterstanden']],
    ['wanting grip on money gets budget help', { wilHulpBijGeldzaken: 'ja' }, ['grip']],
    ['income below fixed costs without debts gets budget help', { inkomenLagerDanVasteLasten: 'ja' }, ['grip']],
    ['no money trouble at all still gets the general offer', {}, ['algemeen']],
  ])('%s', (_, answers, expected) => {
    expect(levels(answers)).toEqual(expected);
  });

  it.each<[string, Partial<Geldzorgen>, TriageLevel[]]>([
    ['eviction threat with problematic debts and wish for help: urgent first', { dreigtOntruimingOfAfsluiting: 'ja', schulden: 'ja', afbetaalbaarBinnenTermijn: 'nee', wilHulpBijGeldzaken: 'ja' }, ['urgent', 'problematischeSchulden', 'grip']],
    ['problematic debts with arrears: arrears are covered by debt help', { betalingsachterstanden: 'ja', schulden: 'ja', afbetaalbaarBinnenTermijn: 'nee' }, ['problematischeSchulden']],
    ['arrears and a wish for grip: both', { betalingsachterstanden: 'ja', wilHulpBijGeldzaken: 'ja' }, ['achterstanden', 'grip']],
    ['no food and arrears: urgent, then early help', { geldVoorEten: 'nee', betalingsachterstanden: 'ja' }, ['urgent', 'achterstanden']],
  ])('combination: %s', (_, answers, expected) => {
    expect(levels(answers)).toEqual(expected);
  });

  it('"I\'d rather not say" to everything leads to a gentle general offer, never to nothing', () => {
    const [result] = triage(zegtLieverNiets, PEILDATUM);
    expect(result?.level).toBe('algemeen');
    expect(result?.contacts.length).toBeGreaterThan(0);
  });

  it('"I\'d rather not say" to some questions keeps what the other answers show', () => {
    expect(levels({ betalingsachterstanden: 'ja' }, zegtLieverNiets)).toEqual(['achterstanden']);
  });

  it('someone without food is pointed to the Voedselbank route first after the municipality', () => {
    expect(triage({ ...geenZorgen, geldVoorEten: 'nee' }, PEILDATUM)[0]?.contacts).toEqual(['gemeenteHeemskerkLoket', 'voedselbank', 'metHeemskerk']);
  });

  it('a bailiff brings the explanation of the beslagvrije voet', () => {
    expect(triage({ ...geenZorgen, deurwaarder: 'ja' }, PEILDATUM)[0]?.beslagvrijeVoet).toBe(true);
    expect(triage({ ...geenZorgen, schulden: 'ja', afbetaalbaarBinnenTermijn: 'nee' }, PEILDATUM)[0]?.beslagvrijeVoet).toBe(false);
  });

  it('names the term of the NVVK definition from the norms file', () => {
    const [result] = triage({ ...geenZorgen, schulden: 'ja', afbetaalbaarBinnenTermijn: 'nee' }, PEILDATUM);
    expect(result?.reasons[0]).toEqual({ key: 'triage.reasons.nietAfTeBetalen', params: { maanden: getNorm('schuldhulp.afbetaaltermijn', PEILDATUM).value }, verdict: 'pass' });
  });

  it('lists each kind of arrears as its own reason', () => {
    const [result] = triage({ ...geenZorgen, betalingsachterstanden: 'ja', achterstandOp: ['huur', 'water'] }, PEILDATUM);
    expect(result?.reasons.map((r) => r.key)).toEqual(['triage.reasons.achterstand.huur', 'triage.reasons.achterstand.water']);
  });
});
