/**
 * Participatiewet in balans, the articles in force from 1 January 2027 (Stb. 2025, 312; in force
 * by Stb. 2025, 313). Text read in the consolidated BWBR0015703 (MinBZK/regelrecht 32718bd4,
 * status "nogniet", inwerking 2027-01-01). Each rule exists only from that date (`inForceFrom`).
 *
 * - Art. 34a: part of the work income is not offset against the bijstand. Below AOW age the
 *   college MAY leave 15% out, for at most 12 consecutive months, when it helps the person into
 *   work (lid 1 a): a choice of the municipality, so never counted in an amount, and near the limit
 *   "we can't tell". From AOW age 25%, at most € 226 a month, always (lid 1 c); art. 47a lid 2
 *   applies chapter 3 to the SVB, so it reaches the AIO.
 * - Art. 34b: a bufferbudget of up to € 1.000 a year the college MAY use on its own initiative.
 * - Art. 24a: a single parent counted as married whose partner has no right to bijstand gets the
 *   norm raised by 1/12 of the alleenstaande-ouderkop of the kindgebonden budget.
 * - Art. 34a lid 1 b: for someone who is medisch urenbeperkt 15%, always: medischUrenbeperkt.ts,
 *   which also holds its 2026 predecessor (art. 31 lid 2 y); lid 1 a then has nothing to add.
 *
 * ⚠️ Not asked, so not applied: the month the work began (the 12 months), whether the partner has
 * a right to bijstand (art. 24a). The reasons tell the inhabitant about them instead. Who earns
 * the work income is not asked either: for the AIO it is taken to be the person of AOW age.
 * ⚠️ Whether the 2026 vrijlatingen of art. 31 lid 2 (n, r, y, z) end on 1-1-2027 was not found.
 * Of them the app applies n from AOW age (always, no time limit) and y (medischUrenbeperkt.ts), in
 * 2026; below AOW age n and r depend on when the work began and on the municipality, which are not asked.
 */
import { inForceFrom } from '../engine/dated';
import { MAANDEN_PER_JAAR, procentVan } from '../engine/money';
import type { Condition, RuleContext } from '../engine/types';
import { type Household, oudsteLeeftijd } from '../household/household';
import { bijstandsnorm } from '../household/bijstandsnorm';
import { netIncome } from '../household/netIncome';

// Stb. 2025, 313: the day the three articles take effect; the reasons cite it as `vanaf`.
export const IN_WERKING = '2027-01-01';
const KEY = 'participatiewet2027.reasons';

type Vrijlating = { soort: 'college' | 'aow'; werk: number; percentage: number; bedrag: number; maximum?: number };

/** The part of the work income art. 34a leaves out, for the applicant's age; null without work income. */
function vrijlatingArbeid(h: Household, context: RuleContext): Vrijlating | null {
  const werk = h.inkomen.werk;
  if (!werk) return null;
  // ⚠️ The work income is the household's, not a person's: the 25% applies when either partner has
  // the AOW age, as the AIO itself does, so who fills in the form does not change the answer.
  if (oudsteLeeftijd(h) >= context.norm('leeftijd.aow').value) {
    const percentage = context.norm('vrijlatingArbeid.percentageAow').value;
    const maximum = context.norm('vrijlatingArbeid.maximumAow').value;
    return { soort: 'aow', werk, percentage, maximum, bedrag: Math.min(Math.round(procentVan(werk, percentage)), maximum) };
  }
  if (context.peildatum < IN_WERKING) return null;
  // Lid 1 b leaves the same 15% out by law, with no time limit: the college's choice is moot.
  if (h.medischUrenbeperkt) return null;
  const percentage = context.norm('vrijlatingArbeid.percentage').value;
  return { soort: 'college', werk, percentage, bedrag: Math.round(procentVan(werk, percentage)) };
}

/**
 * The part of the work income per month that the law always leaves out of the bijstand, for the
 * income test and the amount alike: from AOW age 25 % up to a maximum (art. 31 lid 2 n PW in 2026,
 * art. 34a lid 1 c from 2027). The college's 15 % (art. 34a lid 1 a) is its choice: never counted.
 */
export function vrijgelatenArbeidsinkomen(h: Household, context: RuleContext): number {
  const vrijlating = vrijlatingArbeid(h, context);
  return vrijlating && vrijlating.soort !== 'college' ? vrijlating.bedrag : 0;
}

/** The household with the work income that counts: less the part the law leaves out. */
export function metVrijgelatenArbeid(h: Household, context: RuleContext): Household {
  const vrij = vrijgelatenArbeidsinkomen(h, context);
  return vrij === 0 ? h : { ...h, inkomen: { ...h.inkomen, werk: (h.inkomen.werk ?? 0) - vrij } };
}

/**
 * For the AIO: the income condition judged on the income after the part of the work income that is
 * never offset (art. 31 lid 2 n in 2026, art. 34a lid 1 c from 2027), as the amount is.
 */
export function naVrijlatingAow(condition: Condition): Condition {
  return { ...condition, check: (h, context) => condition.check(metVrijgelatenArbeid(h, context), context) };
}

/**
 * Art. 34a lid 1 a for the algemene bijstand: for someone on bijstand whose income is now just
 * above the limit, it is below it when the college leaves its 15% out, which it may but need not
 * do: then "we can't tell: ask". Only for someone already on bijstand: the article is about
 * offsetting work income against the bijstand, and a new applicant above the norm has none.
 */
export function metVrijlatingCollege(condition: Condition): Condition {
  return {
    ...condition,
    check: (h, context) => {
      const result = condition.check(h, context);
      if (result?.verdict !== 'fail' || !h.ontvangtBijstand || context.peildatum < IN_WERKING) return result;
      const vrijlating = vrijlatingArbeid(h, context);
      const norm = bijstandsnorm(h, context);
      const inkomen = netIncome(h);
      if (vrijlating?.soort !== 'college' || !norm || inkomen === null) return result;
      const grens = Math.round(procentVan(norm.bedrag, context.norm('algemeneBijstand.inkomensgrens').value));
      if (inkomen - vrijlating.bedrag > grens) return result;
      return {
        verdict: 'unknown',
        key: `${KEY}.vrijlatingArbeid.misschien`,
        params: {
          ...result.params,
          werk: { money: vrijlating.werk },
          percentage: { percent: vrijlating.percentage },
          bedrag: { money: vrijlating.bedrag },
          maanden: context.norm('vrijlatingArbeid.maanden').value,
        },
      };
    },
  };
}

/** Art. 34a lid 1: what happens to the work income, worded for who decides (the college, or the law). */
export const vrijlatingArbeidUitleg: Condition = inForceFrom(IN_WERKING, {
  id: 'vrijlatingArbeid',
  sourceId: 'participatiewet.art34a',
  check: (h, context) => {
    const vrijlating = vrijlatingArbeid(h, context);
    if (!vrijlating) return null;
    const params = { werk: { money: vrijlating.werk }, percentage: { percent: vrijlating.percentage }, bedrag: { money: vrijlating.bedrag } };
    if (vrijlating.soort === 'aow') return { verdict: 'pass', key: `${KEY}.vrijlatingArbeid.aow`, params: { ...params, maximum: { money: vrijlating.maximum ?? 0 } } };
    return { verdict: 'pass', key: `${KEY}.vrijlatingArbeid.kan`, params: { ...params, maanden: context.norm('vrijlatingArbeid.maanden').value, vanaf: { date: IN_WERKING } } };
  },
});

/** Art. 34b: for whoever has work income next to the bijstand. */
export const bufferbudget: Condition = inForceFrom(IN_WERKING, {
  id: 'bufferbudget',
  sourceId: 'participatiewet.art34b',
  check: (h, context) => (h.inkomen.werk ? { verdict: 'pass', key: `${KEY}.bufferbudget`, params: { maximum: { money: context.norm('bufferbudget.maximum').value } } } : null),
});

/**
 * Art. 24a: only a parent with a partner can be in this situation. Whether the partner has a right
 * to bijstand is not asked, so this tells the amount rather than adding it.
 */
export const alleenstaandeOuderMetPartnerZonderRecht: Condition = inForceFrom(IN_WERKING, {
  id: 'art24a',
  sourceId: 'participatiewet.art24a',
  check: (h, context) => {
    if (!h.partner || h.kinderen.length === 0) return null;
    const ouderkop = context.norm('kindgebondenBudget.alleenstaandeOuderkop').value;
    return { verdict: 'pass', key: `${KEY}.art24a`, params: { verhoging: { money: Math.round(ouderkop / MAANDEN_PER_JAAR) }, ouderkop: { money: ouderkop }, vanaf: { date: IN_WERKING } } };
  },
});
