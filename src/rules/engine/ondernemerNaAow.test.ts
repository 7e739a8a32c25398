/**
 * A self-employed person of AOW age: the Bbz is for a zelfstandige "van 18 jaar tot aan de
 * pensioengerechtigde leeftijd" (Bbz 2004 art. 1 b), the IOAZ and IOAW end at that age, and the
 * bijstand is then the AIO (art. 47a PW), which counts the profit as "inkomsten uit of in verband met
 * arbeid" (art. 31 lid 1, 32 lid 1 a PW) and has no business test. So the business question is asked
 * at AOW age only with work income (nodigOndernemer), and without it no outcome may turn on the answer.
 */
import { describe, expect, it } from 'vitest';
import { PEILDATUM, alleenstaande, expectCase, metInkomen, norm, paar, type SchemeCase } from '../../../tests/fixtures/rules';
import { hulpBijArbeidsbeperking } from '../arbeidsbeperking/hulpBijArbeidsbeperking';
import type { Household } from '../household/household';
import { aio } from '../schemes/aio/aio';
import { algemeneBijstand } from '../schemes/algemeneBijstand/algemeneBijstand';
import { bbz } from '../schemes/bbz/bbz';
import { ioaw } from '../schemes/ioaw/ioaw';
import { ioaz } from '../schemes/ioaz/ioaz';
import { nodigOndernemer } from './conditions';
import { evaluate, evaluateScheme } from './evaluate';
import type { Scheme } from './types';

const aow = norm('leeftijd.aow');
const pensioen = (h: Household, cents: number): Household => ({ ...h, inkomen: { ...h.inkomen, overig: 0, pensioen: cents } });

describe('nodigOndernemer: below AOW age always, from AOW age only with (possible) work income', () => {
  it.each([
    [aow - 1, false, true],
    [aow - 1, null, true],
    [aow, false, false],
    [aow, true, true],
    [aow, null, true],
    [aow + 1, false, false],
    [90, true, true],
    [null, false, true],
  ])('age %s, work income %s: asked %s', (leeftijd, werkinkomen, asked) => {
    expect(nodigOndernemer({ leeftijd, ondernemer: null, werkinkomen }, PEILDATUM)).toBe(asked);
  });
  it('work income not known yet (the income step comes later) asks at AOW age', () => {
    expect(nodigOndernemer({ leeftijd: aow, ondernemer: null }, PEILDATUM)).toBe(true);
  });
});

describe('without work income, at AOW age, no outcome turns on the business answer', () => {
  const households: [string, Household][] = [
    ['a single pensioner of 68 on a small pension', pensioen(alleenstaande(68), 100000)],
    ['a single pensioner of exactly AOW age with savings', pensioen(alleenstaande(aow, { vermogen: 900000 }), 140000)],
    ['a pensioner of 68 with a partner of 40, no work', pensioen(paar(68, 40), 150000)],
    ['a couple of 70 and 68 in debt', pensioen(paar(70, 68, { schulden: 'ja', wilHulpBijGeldzaken: 'ja' }), 200000)],
    ['a pensioner of 68 with an illness or disability', pensioen(alleenstaande(68, { arbeidsbeperking: 'ja' }), 120000)],
  ];
  // Everything but the order in which the figures were first read.
  const outcomes = (h: Household) => evaluate(h, PEILDATUM).map(({ normsUsed: _, ...outcome }) => outcome);
  it.each(households)('%s', (_, h) => {
    expect(outcomes({ ...h, ondernemer: true })).toEqual(outcomes({ ...h, ondernemer: false }));
    const hulp = (household: Household) => hulpBijArbeidsbeperking(household, PEILDATUM, evaluate(household, PEILDATUM));
    expect(hulp({ ...h, ondernemer: true })).toEqual(hulp({ ...h, ondernemer: false }));
  });
});

const reasonKeys = (scheme: Scheme, h: Household) => evaluateScheme(scheme, h, PEILDATUM).reasons.map((r) => r.key);

describe('a self-employed pensioner is sent to the AIO, never to the Bbz', () => {
  const zzper = (leeftijd: number) => ({ ...metInkomen(alleenstaande(leeftijd, { ondernemer: true }), 0), inkomen: { werk: 30000, uitkering: 0, pensioen: 100000, overig: 0 } });
  const cases: [Scheme, SchemeCase][] = [
    [aio, { name: 'AIO (art. 47a PW): a self-employed single person of 68 with € 300 profit and € 1.000 pension is likely', household: zzper(68), verdict: 'likely', key: 'reasons.inkomen.passVakantiegeld' }],
    [algemeneBijstand, { name: 'algemene bijstand at 68 is unlikely for the age alone (art. 22 PW): that is the AIO, not the Bbz', household: zzper(68), verdict: 'unlikely', key: 'reasons.onderAowLeeftijd.fail' }],
    [algemeneBijstand, { name: `algemene bijstand at ${aow - 1} for a self-employed person is unlikely: that is the Bbz`, household: zzper(aow - 1), verdict: 'unlikely', key: 'schemes.algemeneBijstand.reasons.ondernemer' }],
    [bbz, { name: 'Bbz at 68 is unlikely for the age (Bbz 2004 art. 1 b)', household: zzper(68), verdict: 'unlikely', key: 'reasons.aanvragerOnderAowLeeftijd.fail' }],
    [ioaz, { name: 'IOAZ at 68 is unlikely for the age', household: zzper(68), verdict: 'unlikely', key: 'reasons.aanvragerOnderAowLeeftijd.fail' }],
  ];
  it.each(cases.map(([scheme, c]) => [c.name, scheme, c] as const))('%s', (_, scheme, c) => {
    expectCase(scheme, { ...c, unverified: evaluateScheme(scheme, c.household, PEILDATUM).unverified });
  });

  it('at AOW age no card points a self-employed person to the Bbz, IOAZ or IOAW', () => {
    expect(reasonKeys(algemeneBijstand, zzper(68))).not.toContain('schemes.algemeneBijstand.reasons.ondernemer');
    expect(reasonKeys(ioaw, zzper(68))).not.toContain('schemes.ioaw.reasons.ondernemer');
    expect(reasonKeys(ioaw, zzper(aow - 1))).toContain('schemes.ioaw.reasons.ondernemer');
  });

  it('a pensioner never asked about a business is not told "you said you have no business"', () => {
    const nietGevraagd = pensioen(alleenstaande(68), 100000);
    for (const scheme of [bbz, ioaz]) expect(reasonKeys(scheme, nietGevraagd)).not.toContain('reasons.ondernemer.fail');
    expect(reasonKeys(bbz, alleenstaande(aow - 1))).toContain('reasons.ondernemer.fail');
  });

  it('a self-employed applicant of 60 with a partner of 68 is still pointed to the Bbz: it looks at the applicant (Bbz 2004 art. 1 b)', () => {
    expect(reasonKeys(algemeneBijstand, paar(60, 68, { ondernemer: true }))).toContain('schemes.algemeneBijstand.reasons.ondernemer');
  });

  it('profit brings no holiday pay, wages do (art. 19 lid 3 PW; household/inkomensraming.ts): the AIO income test differs only there', () => {
    const vakantiegeld = (h: Household) => evaluateScheme(aio, h, PEILDATUM).reasons.find((r) => r.key.startsWith('reasons.inkomen'))?.params?.vakantiegeld;
    const winst = vakantiegeld(zzper(68));
    const loon = vakantiegeld({ ...zzper(68), ondernemer: false });
    expect(loon).toBeDefined();
    expect((loon as { money: number }).money).toBeGreaterThan((winst as { money: number }).money);
  });
});

