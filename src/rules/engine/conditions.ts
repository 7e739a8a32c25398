/**
 * Conditions shared by several schemes, so a rule like "income up to 110% of the bijstandsnorm"
 * is written once and explained the same way everywhere. Reason keys: `reasons.<condition>.<result>`.
 */
import { bijstandsnorm } from '../household/bijstandsnorm';
import { inkomensraming } from '../household/inkomensraming';
import type { NormId, SourceId } from '../norms/norms';
import { type Household, type Verblijfsstatus, oudsteLeeftijd } from '../household/household';
import type { CheckResult, Condition, ReasonParams, RuleContext } from './types';
import { onderAowOfOnbekend, type BekendeFeiten } from './vraagNodig';

export const woontInHeemskerk = (sourceId: SourceId): Condition => ({
  id: 'woonplaats',
  sourceId,
  check: (h) => (h.woontInHeemskerk ? { verdict: 'pass', key: 'reasons.woonplaats.pass', minor: true } : { verdict: 'fail', key: 'reasons.woonplaats.fail' }),
  describe: () => ({ key: 'conditions.woonplaats' }),
});

/**
 * The applicant, or else the partner, has the minimum age. Either partner can apply for the
 * household, so the answer must not depend on who fills in the form.
 */
export const minimumLeeftijd = (sourceId: SourceId, normId: NormId = 'leeftijd.meerderjarig'): Condition => ({
  id: 'minimumLeeftijd',
  sourceId,
  check: (h, context) => {
    const grens = context.norm(normId).value;
    if (h.aanvrager.leeftijd < grens && h.partner !== null && h.partner.leeftijd >= grens) {
      return { verdict: 'pass', key: 'reasons.minimumLeeftijd.passPartner', params: { leeftijd: h.partner.leeftijd, grens }, minor: true };
    }
    const verdict = h.aanvrager.leeftijd >= grens ? 'pass' : 'fail';
    return { verdict, key: `reasons.minimumLeeftijd.${verdict}`, params: { leeftijd: h.aanvrager.leeftijd, grens }, minor: verdict === 'pass' };
  },
  describe: (context) => ({ key: 'conditions.minimumLeeftijd', params: { grens: context.norm(normId).value } }),
});

/**
 * Nobody in the couple has reached AOW age. From that age the SVB pays the bijstand (AIO, art. 47a
 * PW), also for a couple where only one partner has, so the municipal route is closed.
 */
export const onderAowLeeftijd = (sourceId: SourceId): Condition => ({
  id: 'onderAowLeeftijd',
  sourceId,
  check: (h, context) => {
    const grens = context.norm('leeftijd.aow').value;
    const oudste = oudsteLeeftijd(h);
    const verdict = oudste < grens ? 'pass' : 'fail';
    return { verdict, key: `reasons.onderAowLeeftijd.${verdict}`, params: { grens }, minor: verdict === 'pass' };
  },
  describe: (context) => ({ key: 'conditions.onderAowLeeftijd', params: { grens: context.norm('leeftijd.aow').value } }),
});

/**
 * Net income at or below a percentage of the toepasselijke bijstandsnorm. "At" passes: the
 * regulations say "niet hoger dan". `aanvulling`: the scheme tops the income up to the norm
 * (bijstand, art. 11 and 19 PW), so an income exactly at the limit leaves nothing to top up.
 *
 * Like with like: the norms include the vakantietoeslag (art. 19 lid 3 PW), the net monthly income
 * usually not the holiday pay that comes once a year; so that holiday pay is added, spread over the
 * year (household/inkomensraming.ts). For someone of 18–20 the college raises the norm when the
 * parents cannot provide (art. 20 lid 3 PW), which the check does not ask: up to that raised norm
 * the answer is "we can't tell", never a wrong "no".
 */
export const inkomenTotPercentage = (sourceId: SourceId, percentageNorm: NormId, opties: { aanvulling?: boolean } = {}): Condition => ({
  id: 'inkomen',
  sourceId,
  check: (h, context) => {
    const norm = bijstandsnorm(h, context);
    if (!norm) return { verdict: 'fail', key: 'reasons.inkomen.geenNorm' };
    const percentage = context.norm(percentageNorm).value;
    const grens = Math.round((norm.bedrag * percentage) / 100);
    const params = {
      grens: { money: grens },
      percentage: { percent: percentage },
      norm: { money: norm.bedrag },
      huishouden: { term: norm.huishouden },
      personen: norm.kostendelers ?? 0,
      geldigVanaf: { date: norm.geldigVanaf },
    };
    const raming = inkomensraming(h, context);
    if (raming === null) return { verdict: 'unknown', key: 'reasons.inkomen.unknown', params, missing: ['inkomen'] };
    const vakantiegeld = Math.round(raming.vakantiegeld);
    const inkomen = raming.netto + vakantiegeld;
    const metInkomen: ReasonParams = { ...params, inkomen: { money: inkomen } };
    if (vakantiegeld > 0) Object.assign(metInkomen, { netto: { money: raming.netto }, vakantiegeld: { money: vakantiegeld } });
    const variant = vakantiegeld > 0 ? 'Vakantiegeld' : '';
    const binnen = (limiet: number) => inkomen < limiet || (inkomen === limiet && !opties.aanvulling);
    if (binnen(grens)) return { verdict: 'pass', key: `reasons.inkomen.pass${variant}`, params: metInkomen };
    let boven = metInkomen;
    if (norm.verhoogd !== undefined) {
      const hoogste = Math.round((norm.verhoogd * percentage) / 100);
      if (binnen(hoogste)) return { verdict: 'unknown', key: 'reasons.inkomen.jongere', params: { ...metInkomen, hoogste: { money: hoogste } } };
      // Above the raised norm the answer is sure, and the reason cites that norm.
      boven = { ...metInkomen, grens: { money: hoogste }, norm: { money: norm.verhoogd } };
    }
    if (inkomen === (boven.grens as { money: number }).money) return { verdict: 'fail', key: 'reasons.inkomen.opNorm', params: boven };
    return { verdict: 'fail', key: `reasons.inkomen.fail${variant}`, params: boven };
  },
  describe: (context) => {
    const percentage = context.norm(percentageNorm).value;
    const alleenstaande = context.norm('bijstandsnorm.alleenstaande').value;
    return {
      key: 'conditions.inkomen',
      params: { percentage: { percent: percentage }, voorbeeld: { money: Math.round((alleenstaande * percentage) / 100) } },
    };
  },
});

/** The bijstand asset limit (art. 34 PW) for this household: a single person's, or a family's. */
export function vermogensgrens(h: Household, context: RuleContext): number {
  const gezin = h.partner !== null || h.kinderen.length > 0;
  return context.norm(gezin ? 'vermogensgrens.gezin' : 'vermogensgrens.alleenstaande').value;
}

/**
 * Compares the assets with a limit. Above it the result is `boven`: 'fail' where the law is
 * clear, 'unknown' where the municipality weighs it case by case.
 */
export function vergelijkVermogen(h: Household, grens: number, key: string, boven: 'fail' | 'unknown'): CheckResult {
  if (h.vermogen === null) return { verdict: 'unknown', key: 'reasons.vermogen.unknown', params: { grens: { money: grens } }, missing: ['vermogen'] };
  const verdict = h.vermogen <= grens ? 'pass' : boven;
  return { verdict, key: `${key}.${verdict}`, params: { vermogen: { money: h.vermogen }, grens: { money: grens } } };
}

export const vermogenTotGrens = (sourceId: SourceId): Condition => ({
  id: 'vermogen',
  sourceId,
  check: (h, context) => vergelijkVermogen(h, vermogensgrens(h, context), 'reasons.vermogen', 'fail'),
  describe: (context) => ({
    key: 'conditions.vermogen',
    params: { alleenstaande: { money: context.norm('vermogensgrens.alleenstaande').value }, gezin: { money: context.norm('vermogensgrens.gezin').value } },
  }),
});

/** Students with studiefinanciering have a prior provision (art. 13 lid 2 PW; the minima schemes follow it). */
export const geenStudiefinanciering = (sourceId: SourceId): Condition => ({
  id: 'studiefinanciering',
  sourceId,
  check: (h) => {
    return h.studiefinanciering ? { verdict: 'fail', key: 'reasons.studiefinanciering.fail' } : { verdict: 'pass', key: 'reasons.studiefinanciering.pass', minor: true };
  },
  describe: () => ({ key: 'conditions.studiefinanciering' }),
});

/**
 * "Studiefinanciering or WTOS?" (asked of the applicant) is read by the bijstand, the IIT, the
 * minimaregelingen, the studietoeslag and, as "studying", the kinderopvangtoeslag. From AOW age
 * on none of them can turn on it: the bijstand and the IIT end at AOW age anyway, and the others
 * need a Wsf 2000 or WTOS entitlement, which starts before 30 (rijksoverheid.nl: mbo-bol and
 * higher education "bent u nog geen 30 jaar"); even the levenlanglerenkrediet, a loan a PW
 * reading might count as studiefinanciering, stops at 56. The skipped answer is "no".
 * ⚠️ The Wsf age limit itself is not verified against the law text, so between 30 and AOW age
 * the question is still asked rather than skipped on that figure.
 */
export function nodigStudiefinanciering(bekend: BekendeFeiten, peildatum: string): boolean {
  return onderAowOfOnbekend(bekend, peildatum);
}

/**
 * "Do you have a business or work as a zzp'er?" Below AOW age the Bbz, IOAZ, IOAW, the algemene
 * bijstand and medisch urenbeperkt turn on it. From AOW age none of them can: a zelfstandige in the
 * Bbz is 18 "tot aan de pensioengerechtigde leeftijd" (Bbz 2004 art. 1 b), the IOAZ and IOAW end
 * at that age, and the bijstand is then the AIO (art. 47a PW), which counts income from a business
 * like any "inkomsten uit of in verband met arbeid" (art. 31 lid 1, 32 lid 1 a PW) and has no
 * business test. What is left is the holiday pay added to wages but not to profit
 * (household/inkomensraming.ts), so at AOW age it matters only where there is (or may be) work
 * income. The skipped answer is "no": with no work income nothing reads it (see `ondernemer`).
 */
export function nodigOndernemer(bekend: BekendeFeiten, peildatum: string): boolean {
  return onderAowOfOnbekend(bekend, peildatum) || bekend.werkinkomen !== false;
}

const aanvragerOnderAow = (h: Household, context: RuleContext): boolean => h.aanvrager.leeftijd < context.norm('leeftijd.aow').value;

/** The applicant is a zelfstandige in the sense of the Bbz 2004 (art. 1 b: up to AOW age), whose bijstand is the Bbz. */
export function zelfstandigeOnderAow(h: Household, context: RuleContext): boolean {
  return h.ondernemer && aanvragerOnderAow(h, context);
}

/**
 * Heemskerk asks for "little" assets but its own limit was not found. Up to the bijstand limit
 * (art. 34 PW) the assets surely do not stand in the way; above it only the municipality can tell.
 */
export const vermogenGemeentelijk = (sourceId: SourceId): Condition => ({
  id: 'vermogenGemeente',
  sourceId,
  check: (h, context) => vergelijkVermogen(h, vermogensgrens(h, context), 'reasons.vermogenGemeente', 'unknown'),
  describe: () => ({ key: 'conditions.vermogenGemeente' }),
});

/**
 * The applicant has not reached AOW age. Unlike `onderAowLeeftijd` the partner's age does not
 * count: the IOAW, IOAZ and Bbz look at the worker or self-employed person only.
 */
export const aanvragerOnderAowLeeftijd = (sourceId: SourceId): Condition => ({
  id: 'aanvragerOnderAowLeeftijd',
  sourceId,
  check: (h, context) => {
    const grens = context.norm('leeftijd.aow').value;
    const verdict = h.aanvrager.leeftijd < grens ? 'pass' : 'fail';
    return { verdict, key: `reasons.aanvragerOnderAowLeeftijd.${verdict}`, params: { leeftijd: h.aanvrager.leeftijd, grens }, minor: verdict === 'pass' };
  },
});

/**
 * Schemes for the self-employed (Bbz, IOAZ): the applicant has a business or works as a zzp'er.
 * From AOW age both schemes end (Bbz 2004 art. 1 b, IOAZ art. 2) and `aanvragerOnderAowLeeftijd`
 * says so; whether there is a business then no longer matters, and was not asked without work
 * income, so "you said you have no business" would not be true.
 */
export const ondernemer = (sourceId: SourceId): Condition => ({
  id: 'ondernemer',
  sourceId,
  check: (h, context) => {
    if (!aanvragerOnderAow(h, context)) return null;
    return h.ondernemer ? { verdict: 'pass', key: 'reasons.ondernemer.pass', minor: true } : { verdict: 'fail', key: 'reasons.ondernemer.fail' };
  },
});

/** Children under 18 live in the household; the reason is worded per scheme (`schemes.<id>.reasons.kinderen`). */
export const heeftKinderen = (sourceId: SourceId, schemeId: string): Condition => ({
  id: 'kinderen',
  sourceId,
  check: (h) => {
    const verdict = h.kinderen.length > 0 ? 'pass' : 'fail';
    return { verdict, key: `schemes.${schemeId}.reasons.kinderen.${verdict}`, params: { aantal: h.kinderen.length } };
  },
  describe: () => ({ key: 'conditions.kinderen' }),
});

/**
 * How a scheme depends on residence status, after ../shared/reference/residence-and-2027-law.md A.3:
 * - `bijstand`: the Participatiewet (algemene and bijzondere bijstand, IIT, AIO, Bbz) and IOAW/IOAZ
 *   only for Dutch nationals and lawful residence under art. 8 a–e and l Vw (art. 11 lid 2, 16 lid 2 PW);
 * - `toeslag`: huurtoeslag and kinderopvangtoeslag, which people under temporary protection can get;
 * - `zorgtoeslag`: only for someone insured under the Zorgverzekeringswet;
 * - `kindgebondenBudget`: follows kinderbijslag; a partner's status does not block it;
 * - `schuldhulp`: Wgs art. 3 lid 4 (a–e and l);
 * - `gemeente`: the municipal minima schemes, whose legal basis was not found.
 */
export type VerblijfRegel = 'bijstand' | 'toeslag' | 'zorgtoeslag' | 'kindgebondenBudget' | 'schuldhulp' | 'gemeente';

const VERBLIJF = 'verblijfRegels.reasons';
const RECHTMATIG: readonly Verblijfsstatus[] = ['nederlands', 'asielvergunning', 'verblijfsvergunning'];

/** What the applicant's own status means under one rule. */
function eigenStatus(regel: VerblijfRegel, status: Verblijfsstatus, waarschuwing: boolean): CheckResult {
  const pass: CheckResult = { verdict: 'pass', key: `${VERBLIJF}.rechtmatig`, minor: true };
  if (status === 'anders') return { verdict: 'unknown', key: `${VERBLIJF}.anders`, missing: ['verblijf'] };
  if (RECHTMATIG.includes(status)) {
    // A fixed-term regular permit can be refused or withdrawn for lack of means (art. 18, 19 Vw).
    if (status === 'verblijfsvergunning' && waarschuwing) return { verdict: 'pass', key: `${VERBLIJF}.bijstand.waarschuwing` };
    return pass;
  }
  switch (regel) {
    case 'bijstand':
      if (status === 'eu') return { verdict: 'unknown', key: `${VERBLIJF}.eu` };
      return { verdict: 'fail', key: `${VERBLIJF}.bijstand.${status}` };
    case 'gemeente':
      if (status === 'eu') return { verdict: 'unknown', key: `${VERBLIJF}.eu` };
      return { verdict: 'unknown', key: `${VERBLIJF}.gemeente.opvang` };
    case 'schuldhulp':
      return status === 'eu' ? pass : { verdict: 'unknown', key: `${VERBLIJF}.schuldhulp.beperkt` };
    case 'toeslag':
      if (status === 'eu') return pass;
      return status === 'tijdelijkeBescherming' ? { verdict: 'pass', key: `${VERBLIJF}.toeslag.tijdelijkeBescherming` } : { verdict: 'fail', key: `${VERBLIJF}.toeslag.asielprocedure` };
    case 'zorgtoeslag':
      if (status === 'eu') return pass;
      return status === 'tijdelijkeBescherming' ? { verdict: 'unknown', key: `${VERBLIJF}.zorgtoeslag.tijdelijkeBescherming` } : { verdict: 'fail', key: `${VERBLIJF}.toeslag.asielprocedure` };
    case 'kindgebondenBudget':
      if (status === 'eu') return pass;
      if (status === 'asielprocedure') return { verdict: 'fail', key: `${VERBLIJF}.toeslag.asielprocedure` };
      // Kinderbijslag, and so the kindgebonden budget, only while working in the Netherlands (S).
      // Whether the work is insured here is not asked, and income must never make a scheme likelier.
      return { verdict: 'unknown', key: `${VERBLIJF}.kindgebondenBudget.tijdelijkeBescherming` };
  }
}

/** The partner's status, where the law lets it matter; null: it does not. */
function partnerStatus(regel: VerblijfRegel, status: Verblijfsstatus | null): CheckResult | null {
  const onbekend: CheckResult = { verdict: 'unknown', key: `${VERBLIJF}.partnerOnbekend`, missing: ['verblijf'] };
  if (status !== null && RECHTMATIG.includes(status)) return null;
  switch (regel) {
    // Spouses have a joint right unless one has none (art. 11 lid 4 PW): then the other gets
    // bijstand alone, at half the couple's norm (art. 24 PW), which the amount here does not follow.
    case 'bijstand':
      if (status === 'tijdelijkeBescherming' || status === 'asielprocedure') return { verdict: 'unknown', key: `${VERBLIJF}.bijstand.partnerZonderRecht` };
      return onbekend;
    // A toeslagpartner without lawful residence blocks the toeslag (Awir art. 9 lid 2); people under
    // temporary protection or in the asylum procedure do reside lawfully (art. 8 f and h Vw).
    case 'toeslag':
      return status === null || status === 'anders' ? onbekend : null;
    // Zorgtoeslag is halved when the partner is not insured under the Zvw (Wzt art. 2 lid 4): care
    // under the RMO (Ukraine) or through the COA is not Zvw insurance.
    case 'zorgtoeslag':
      if (status === 'tijdelijkeBescherming' || status === 'asielprocedure') return { verdict: 'unknown', key: `${VERBLIJF}.zorgtoeslag.partnerNietVerzekerd` };
      return status === null || status === 'anders' ? onbekend : null;
    default:
      return null;
  }
}

/**
 * Residence status as a condition (art. 10 and 11 Vreemdelingenwet 2000: rights follow lawful
 * residence). "I'd rather not say" and "another situation" answer "we can't tell: ask". With
 * `waarschuwing`, a holder of a regular permit is warned that bijstand can affect it (art. 18 lid 1 d Vw).
 * With `partner` false the partner's status does not count (IOAW and IOAZ look at the applicant only).
 */
export const verblijfsstatus = (sourceId: SourceId, regel: VerblijfRegel, { waarschuwing = false, partner = true } = {}): Condition => ({
  id: 'verblijfsstatus',
  sourceId,
  check: (h) => {
    if (h.verblijfsstatus === null) return { verdict: 'unknown', key: `${VERBLIJF}.zegIkLiever`, missing: ['verblijf'] };
    const eigen = eigenStatus(regel, h.verblijfsstatus, waarschuwing);
    if (eigen.verdict === 'fail' || !partner || h.partner === null) return eigen;
    return partnerStatus(regel, h.partnerVerblijfsstatus) ?? eigen;
  },
  describe: () => ({ key: `verblijfRegels.conditions.${regel}` }),
});
