/**
 * Residence status (../shared/reference/residence-and-2027-law.md, A.3): every status for every
 * kind of scheme, and the partner's where the law lets it count. Peildatum 1 December 2026.
 */
import { describe, expect, it } from 'vitest';
import { alleenstaandeInBijstand, gezinMetTweeKinderen, neutraal } from '../../../tests/fixtures/households';
import type { Household, Verblijfsstatus } from '../household/household';
import { evaluate } from './evaluate';

const PEILDATUM = '2026-12-01';

function outcome(h: Household, schemeId: string) {
  return evaluate(h, PEILDATUM).find((o) => o.schemeId === schemeId)!;
}

const verblijfReason = (h: Household, schemeId: string) => outcome(h, schemeId).reasons.find((r) => r.key.startsWith('verblijfRegels.'));

/** A single parent of 40 with a child of 10, working, renting: every toeslag but kinderopvang is likely. */
const werkendeOuder: Household = {
  ...neutraal,
  kinderen: [{ leeftijd: 10 }],
  inkomen: { werk: 140000, uitkering: 0, pensioen: 0, overig: 0 },
  toetsingsinkomen: null,
  laagInkomenSinds: 'kort',
  huurPerMaand: 75000,
};

describe('Participatiewet art. 11 lid 2 and 16 lid 2: bijstand only for Dutch nationals and lawful residence under art. 8 a–e and l Vreemdelingenwet', () => {
  const cases: [Verblijfsstatus | null, string, string][] = [
    ['nederlands', 'likely', 'verblijfRegels.reasons.rechtmatig'],
    ['asielvergunning', 'likely', 'verblijfRegels.reasons.rechtmatig'],
    ['verblijfsvergunning', 'likely', 'verblijfRegels.reasons.bijstand.waarschuwing'],
    ['eu', 'unknown', 'verblijfRegels.reasons.eu'],
    ['tijdelijkeBescherming', 'unlikely', 'verblijfRegels.reasons.bijstand.tijdelijkeBescherming'],
    ['asielprocedure', 'unlikely', 'verblijfRegels.reasons.bijstand.asielprocedure'],
    ['anders', 'unknown', 'verblijfRegels.reasons.anders'],
    [null, 'unknown', 'verblijfRegels.reasons.zegIkLiever'],
  ];
  it.each(cases)('algemene bijstand for someone on bijstand with status %s is %s (%s)', (status, verdict, key) => {
    const h = { ...alleenstaandeInBijstand, verblijfsstatus: status };
    expect(outcome(h, 'algemeneBijstand').verdict).toBe(verdict);
    expect(verblijfReason(h, 'algemeneBijstand')?.key).toBe(key);
  });

  it('"rather not say" names residence as the missing fact, and the reason cites the Vreemdelingenwet', () => {
    expect(outcome({ ...alleenstaandeInBijstand, verblijfsstatus: null }, 'algemeneBijstand').missingFacts).toContain('verblijf');
  });

  it.each(['individueleInkomenstoeslag', 'bijzondereBijstand', 'studietoeslag', 'aio', 'bbz', 'ioaw', 'ioaz'])('art. 5 PW (and IOAW/IOAZ art. 6): %s follows the same rule, so temporary protection closes it', (schemeId) => {
    const h: Household = { ...alleenstaandeInBijstand, verblijfsstatus: 'tijdelijkeBescherming' };
    expect(verblijfReason(h, schemeId)?.verdict).toBe('fail');
    expect(outcome(h, schemeId).verdict).toBe('unlikely');
    expect(verblijfReason({ ...h, verblijfsstatus: 'nederlands' }, schemeId)?.verdict).toBe('pass');
  });

  it('art. 11 lid 4 and 24 PW: with a partner under temporary protection the applicant gets bijstand alone at another norm: ask', () => {
    const paar: Household = { ...alleenstaandeInBijstand, partner: { leeftijd: 40 }, inkomen: { werk: 0, uitkering: 150000, pensioen: 0, overig: 0 }, partnerVerblijfsstatus: 'tijdelijkeBescherming' };
    expect(outcome(paar, 'algemeneBijstand').verdict).toBe('unknown');
    expect(verblijfReason(paar, 'algemeneBijstand')?.key).toBe('verblijfRegels.reasons.bijstand.partnerZonderRecht');
    expect(outcome({ ...paar, partnerVerblijfsstatus: 'asielvergunning' }, 'algemeneBijstand').verdict).toBe('likely');
  });

  it('IOAW art. 6 lid 1 b: only the applicant\'s status counts, not the partner\'s', () => {
    const werkloos: Household = { ...neutraal, aanvrager: { leeftijd: 62 }, partner: { leeftijd: 60 }, werkloosNa50: 'ja', laagInkomenSinds: 'kort' };
    const zonder = outcome({ ...werkloos, partnerVerblijfsstatus: null }, 'ioaw');
    expect(zonder.reasons.map((r) => r.key)).not.toContain('verblijfRegels.reasons.partnerOnbekend');
    expect(outcome({ ...werkloos, verblijfsstatus: 'asielprocedure' }, 'ioaw').verdict).toBe('unlikely');
  });
});

describe('the toeslagen: Awir art. 9, Wet op de huurtoeslag art. 10, Wet op de zorgtoeslag art. 2, Wet op het kindgebonden budget art. 1', () => {
  it('temporary protection: huurtoeslag likely (Wet op de huurtoeslag art. 10), zorgtoeslag ask (RMO is no Zvw insurance)', () => {
    const h = { ...werkendeOuder, verblijfsstatus: 'tijdelijkeBescherming' as const };
    expect(outcome(h, 'huurtoeslag').verdict).toBe('likely');
    expect(verblijfReason(h, 'huurtoeslag')?.key).toBe('verblijfRegels.reasons.toeslag.tijdelijkeBescherming');
    expect(outcome(h, 'zorgtoeslag').verdict).toBe('unknown');
    expect(verblijfReason(h, 'zorgtoeslag')?.key).toBe('verblijfRegels.reasons.zorgtoeslag.tijdelijkeBescherming');
  });

  it('temporary protection: kinderbijslag, and so kindgebonden budget, only while working here, which is not asked: ask, whatever the income', () => {
    const h = { ...werkendeOuder, verblijfsstatus: 'tijdelijkeBescherming' as const };
    for (const werk of [0, 1, 140000, null]) {
      expect(outcome({ ...h, inkomen: { ...h.inkomen, werk } }, 'kindgebondenBudget').verdict, String(werk)).toBe('unknown');
    }
    expect(verblijfReason(h, 'kindgebondenBudget')?.key).toBe('verblijfRegels.reasons.kindgebondenBudget.tijdelijkeBescherming');
  });

  it.each(['zorgtoeslag', 'huurtoeslag', 'kindgebondenBudget'])('in the asylum procedure there is no %s (art. 10 and 11 Vw: the COA provides)', (schemeId) => {
    expect(outcome({ ...werkendeOuder, verblijfsstatus: 'asielprocedure' }, schemeId).verdict).toBe('unlikely');
  });

  it.each(['eu', 'asielvergunning', 'verblijfsvergunning'] as const)('with status %s the toeslagen stay likely', (status) => {
    for (const schemeId of ['zorgtoeslag', 'huurtoeslag', 'kindgebondenBudget']) expect(outcome({ ...werkendeOuder, verblijfsstatus: status }, schemeId).verdict, schemeId).toBe('likely');
  });

  it('Awir art. 9 lid 2: a partner whose status is not known may block huurtoeslag and zorgtoeslag (ask), but not the kindgebonden budget (Wet KGB art. 1 lid 5)', () => {
    const h: Household = { ...gezinMetTweeKinderen, partnerVerblijfsstatus: 'anders' };
    expect(outcome(h, 'huurtoeslag').verdict).toBe('unknown');
    expect(outcome(h, 'zorgtoeslag').verdict).toBe('unknown');
    expect(outcome(h, 'kindgebondenBudget').verdict).toBe('likely');
  });

  it('Awir art. 9 lid 2 speaks of no lawful residence: a partner in the asylum procedure does not block huurtoeslag', () => {
    expect(outcome({ ...gezinMetTweeKinderen, partnerVerblijfsstatus: 'asielprocedure' }, 'huurtoeslag').verdict).toBe('likely');
  });

  it('Wet op de zorgtoeslag art. 2 lid 4: a partner cared for through the RMO or the COA is not Zvw-insured, so the amount is half: ask', () => {
    const h: Household = { ...gezinMetTweeKinderen, partnerVerblijfsstatus: 'tijdelijkeBescherming' };
    expect(outcome(h, 'zorgtoeslag').verdict).toBe('unknown');
    expect(verblijfReason(h, 'zorgtoeslag')?.key).toBe('verblijfRegels.reasons.zorgtoeslag.partnerNietVerzekerd');
  });
});

describe('the municipal schemes and help', () => {
  it('Wet gemeentelijke schuldhulpverlening art. 3 lid 4 (2012 text, since amended): EU citizens are in, temporary protection is ask', () => {
    const schulden: Household = { ...neutraal, schulden: 'ja', betalingsachterstanden: 'ja', wilHulpBijGeldzaken: 'ja' };
    expect(outcome({ ...schulden, verblijfsstatus: 'eu' }, 'schuldhulpverlening').verdict).toBe(outcome(schulden, 'schuldhulpverlening').verdict);
    expect(outcome({ ...schulden, verblijfsstatus: 'tijdelijkeBescherming' }, 'schuldhulpverlening').verdict).toBe('unknown');
  });

  it('the Heemskerk minimaregelingen (legal basis not found): temporary protection and the asylum procedure are ask, never a no', () => {
    for (const status of ['tijdelijkeBescherming', 'asielprocedure'] as const) {
      expect(outcome({ ...neutraal, verblijfsstatus: status }, 'minimaregelingen').verdict, status).toBe('unknown');
    }
  });

  it('Invorderingswet art. 26 and URI art. 10–17 have no residence condition: kwijtschelding is the same for every status', () => {
    const base = outcome(neutraal, 'kwijtschelding').verdict;
    for (const status of ['tijdelijkeBescherming', 'asielprocedure', 'anders', null] as const) expect(outcome({ ...neutraal, verblijfsstatus: status }, 'kwijtschelding').verdict).toBe(base);
  });
});
