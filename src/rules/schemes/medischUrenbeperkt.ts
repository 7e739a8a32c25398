/**
 * Medisch urenbeperkt (art. 6b lid 1 PW): "als rechtstreeks en objectief medisch vast te stellen
 * gevolg van ziekte, gebreken, zwangerschap of bevalling" able to work fewer hours than a full-time
 * job. For someone on algemene bijstand the college establishes it, on its own initiative or on a
 * written request (at most once per twelve months), and UWV advises it (art. 6b lid 2–4).
 *
 * Part of such a person's work income is not offset against the algemene bijstand:
 * - 2026: art. 31 lid 2 y: 15%, at most `vrijlatingArbeid.medischUrenbeperkt.maximum` a month,
 *   "voor zover hij algemene bijstand ontvangt, tenzij onderdeel n van toepassing is";
 * - from 1-1-2027: art. 34a lid 1 b: 15% a month, with no maximum and no time limit, always.
 * Text read in the consolidated BWBR0015703 (MinBZK/regelrecht 32718bd4).
 *
 * ⚠️ "Voor zover hij algemene bijstand ontvangt": the vrijlating does not make a new applicant
 * eligible, so the income test uses it only for someone already on bijstand. The top-up of someone
 * who gets bijstand anyway does use it, as the bijstand then paid will (bijstandAanvulling.ts).
 * ⚠️ Onderdeel n (25% for six months after starting work) is not asked; where it applies it gives
 * more than y, so the amount here is the least.
 * ⚠️ The work income is the household's; it is taken to be earned by the person whose status was asked.
 */
import { dated } from '../engine/dated';
import { procentVan } from '../engine/money';
import type { Condition, RuleContext } from '../engine/types';
import { leeftijdTussen, type BekendeFeiten } from '../engine/vraagNodig';
import { type Household, oudsteLeeftijd } from '../household/household';
import type { SourceId } from '../norms/norms';
import { IN_WERKING } from './participatiewet2027';

const KEY = 'medischUrenbeperkt.reasons';

export type VrijlatingMedisch = {
  werk: number;
  percentage: number;
  /** null from 2027: art. 34a lid 1 b has no maximum. */
  maximum: number | null;
  bedrag: number;
  sourceId: SourceId;
};

const berekening = dated<(werk: number, context: RuleContext) => VrijlatingMedisch>({
  '2026-01-01': (werk, context) => {
    const percentage = context.norm('vrijlatingArbeid.medischUrenbeperkt.percentage').value;
    const maximum = context.norm('vrijlatingArbeid.medischUrenbeperkt.maximum').value;
    return { werk, percentage, maximum, bedrag: Math.min(Math.round(procentVan(werk, percentage)), maximum), sourceId: 'participatiewet.art31lid2y' };
  },
  [IN_WERKING]: (werk, context) => {
    const percentage = context.norm('vrijlatingArbeid.medischUrenbeperkt.percentage').value;
    return { werk, percentage, maximum: null, bedrag: Math.round(procentVan(werk, percentage)), sourceId: 'participatiewet.art34a' };
  },
});

/**
 * The part of the work income left out for someone who is (or would be) medisch urenbeperkt, on the
 * peildatum; null without work income, or at AOW age, where there is no algemene bijstand (art. 22
 * PW) and from 2027 art. 34a lid 1 c applies instead (participatiewet2027.ts).
 */
export function vrijlatingMedischUrenbeperkt(h: Household, context: RuleContext): VrijlatingMedisch | null {
  const werk = h.inkomen.werk;
  if (!werk) return null;
  if (oudsteLeeftijd(h) >= context.norm('leeftijd.aow').value) return null;
  return berekening(context.peildatum)(werk, context);
}

function params(v: VrijlatingMedisch) {
  return { werk: { money: v.werk }, percentage: { percent: v.percentage }, bedrag: { money: v.bedrag }, ...(v.maximum === null ? {} : { maximum: { money: v.maximum } }) };
}

/** The reason's wording for the year: with a maximum (2026) or without (2027). */
const jaar = (v: VrijlatingMedisch) => (v.maximum === null ? 'zonderMaximum' : 'metMaximum');

/**
 * The income test of the algemene bijstand for someone already on bijstand: established medisch
 * urenbeperkt, the income is judged without the part that is left out; not known whether, and the
 * income is within that part above the limit: "we can't tell: ask".
 */
export function metVrijlatingMedisch(condition: Condition): Condition {
  return {
    ...condition,
    check: (h, context) => {
      const result = condition.check(h, context);
      if (result?.verdict !== 'fail' || !h.ontvangtBijstand || h.medischUrenbeperkt === false) return result;
      const vrijlating = vrijlatingMedischUrenbeperkt(h, context);
      if (!vrijlating) return result;
      const zonder = condition.check({ ...h, inkomen: { ...h.inkomen, werk: vrijlating.werk - vrijlating.bedrag } }, context);
      if (zonder?.verdict !== 'pass') return result;
      if (h.medischUrenbeperkt) return zonder;
      return { verdict: 'unknown', key: `${KEY}.misschien.${jaar(vrijlating)}`, params: { ...result.params, ...params(vrijlating) }, missing: ['medischUrenbeperkt'] };
    },
  };
}

/**
 * What the rule means for this household, as a reason on the algemene bijstand: the part left out
 * when the status is established; how it would work when that is not known; and for someone on
 * bijstand whose health limits the work but who has no established status, that the college can
 * establish it on a written request (art. 6b lid 2 b).
 */
export const medischUrenbeperktUitleg: Condition = {
  id: 'medischUrenbeperkt',
  sourceId: 'participatiewet.art6b',
  check: (h, context) => {
    // Nothing to say (and no figure to read) for someone who is not medisch urenbeperkt and has no reason to ask.
    if (h.medischUrenbeperkt === false && !(h.arbeidsbeperking === 'ja' && h.ontvangtBijstand)) return null;
    const vrijlating = vrijlatingMedischUrenbeperkt(h, context);
    if (!vrijlating) return null;
    if (h.medischUrenbeperkt === true) return { verdict: 'pass', key: `${KEY}.vrijlating.${jaar(vrijlating)}`, params: params(vrijlating) };
    if (h.medischUrenbeperkt === null) return { verdict: 'pass', key: `${KEY}.onbekend.${jaar(vrijlating)}`, params: params(vrijlating) };
    if (h.arbeidsbeperking === 'ja' && h.ontvangtBijstand) return { verdict: 'pass', key: `${KEY}.vaststellen`, params: params(vrijlating) };
    return null;
  },
};

/**
 * Whether to ask if the status is established: only for someone who could get algemene bijstand
 * (18 up to AOW age, art. 20 and 22 PW; not self-employed, who have the Bbz). The questionnaire
 * asks it only with work income and an illness or disability that limits the work.
 */
export function nodigMedischUrenbeperkt(bekend: BekendeFeiten, peildatum: string): boolean {
  return bekend.ondernemer !== true && leeftijdTussen(bekend, peildatum, 'leeftijd.meerderjarig', 'leeftijd.aow');
}
