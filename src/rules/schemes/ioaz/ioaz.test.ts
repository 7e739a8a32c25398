import { describe, expect, it } from 'vitest';
import { PEILDATUM, PEILDATUM_H1, type SchemeCase, alleenstaande, byName, expectCase, norm, paar } from '../../../../tests/fixtures/rules';
import { households, zzperMetSchulden } from '../../../../tests/fixtures/households';
import { evaluateScheme } from '../../engine/evaluate';
import { ioaz } from './ioaz';

const INKOMEN = 'schemes.ioaz.reasons.inkomenBedrijf';
const stopper = (leeftijd = 58, changes = {}) => alleenstaande(leeftijd, { ondernemer: true, stoptMetBedrijf: true, ...changes });
const vanaf = norm('ioaz.minimumleeftijd');
const aow = norm('leeftijd.aow');
const vrij = norm('ioaz.vrijgelatenVermogen');

// The income tests cannot be answered from the questions, so the best outcome is "ask", and it
// leans on figures from secondary sources (the ages, the number of bookyears).
const cases: SchemeCase[] = [
  {
    name: 'a self-employed person of 58 who stops is unknown, told both income limits of 1 July 2026',
    household: stopper(),
    verdict: 'unknown',
    key: INKOMEN,
    params: { grensVerleden: { money: 3346700 }, grensToekomst: { money: 3678000 }, jaren: 3 },
    unverified: true,
  },
  {
    name: 'in the first half of 2026 the limit for the income after stopping is the one then in force',
    household: stopper(),
    peildatum: PEILDATUM_H1,
    verdict: 'unknown',
    key: INKOMEN,
    params: { grensVerleden: { money: norm('ioaz.inkomensgrensVerleden', PEILDATUM_H1) }, grensToekomst: { money: norm('ioaz.inkomensgrensToekomst', PEILDATUM_H1) } },
    unverified: true,
  },
  { name: `someone of ${vanaf - 1} is unlikely`, household: stopper(vanaf - 1), verdict: 'unlikely', key: 'reasons.minimumLeeftijd.fail', params: { leeftijd: vanaf - 1, grens: vanaf } },
  { name: `someone of exactly ${vanaf} is unknown`, household: stopper(vanaf), verdict: 'unknown', key: INKOMEN, unverified: true },
  { name: `someone of ${vanaf + 1} is unknown`, household: stopper(vanaf + 1), verdict: 'unknown', key: INKOMEN, unverified: true },
  { name: `someone of ${aow - 1} is unknown`, household: stopper(aow - 1), verdict: 'unknown', key: INKOMEN, unverified: true },
  { name: `someone of AOW age (${aow}) is unlikely`, household: stopper(aow), verdict: 'unlikely', key: 'reasons.aanvragerOnderAowLeeftijd.fail', params: { leeftijd: aow, grens: aow } },
  { name: 'someone whose partner has AOW age is still unknown: only the self-employed person counts', household: paar(60, 70, { ondernemer: true, stoptMetBedrijf: true }), verdict: 'unknown', key: INKOMEN, unverified: true },
  { name: 'an employee of 58 is unlikely', household: alleenstaande(58), verdict: 'unlikely', key: 'reasons.ondernemer.fail' },
  { name: 'a self-employed person who carries on is unlikely', household: stopper(58, { stoptMetBedrijf: false }), verdict: 'unlikely', key: 'schemes.ioaz.reasons.stoptMetBedrijf.fail' },
  { name: 'a self-employed person unsure about stopping is unknown and asked about that first', household: stopper(58, { stoptMetBedrijf: null }), verdict: 'unknown', key: 'schemes.ioaz.reasons.stoptMetBedrijf.unknown', unverified: true },
  {
    name: 'savings one cent below the amount left alone do not count',
    household: stopper(58, { vermogen: vrij - 1 }),
    verdict: 'unknown',
    key: INKOMEN,
    paramsFrom: 'schemes.ioaz.reasons.vermogen.pass',
    params: { grens: { money: vrij } },
    unverified: true,
  },
  { name: 'savings exactly at the amount left alone do not count', household: stopper(58, { vermogen: vrij }), verdict: 'unknown', key: INKOMEN, paramsFrom: 'schemes.ioaz.reasons.vermogen.pass', params: { vermogen: { money: vrij } }, unverified: true },
  {
    name: 'savings one cent above € 175.864 partly count as income, which the municipality works out',
    household: stopper(58, { vermogen: vrij + 1 }),
    verdict: 'unknown',
    key: INKOMEN,
    paramsFrom: 'schemes.ioaz.reasons.vermogen.unknown',
    params: { grens: { money: 17586400 }, vermogen: { money: 17586401 } },
    unverified: true,
  },
  { name: 'unknown savings are asked for', household: stopper(58, { vermogen: null }), verdict: 'unknown', key: INKOMEN, paramsFrom: 'schemes.ioaz.reasons.vermogen.onbekend', missing: ['vermogen'], unverified: true },
  { name: 'the self-employed person of 52 with debts is unlikely: too young', household: zzperMetSchulden, verdict: 'unlikely', key: 'reasons.minimumLeeftijd.fail' },
];

describe('ioaz', () => {
  it.each(byName(cases))('%s', (_, c) => {
    expectCase(ioaz, c);
  });

  it.each(Object.entries(households))('is never likely, not even for %s: the income tests are not asked', (_, household) => {
    expect(evaluateScheme(ioaz, household, PEILDATUM).verdict).not.toBe('likely');
  });
});
