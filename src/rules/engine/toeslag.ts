/**
 * What the national toeslagen (zorgtoeslag, huurtoeslag, kindgebonden budget) have in common: an
 * amount per year that falls as the toetsingsinkomen rises. A scheme module supplies the
 * calculation for one income; this file turns it into the income condition and into the amount.
 *
 * The income limit is not a separate figure but found from the calculation itself: the highest
 * income at which the amount is still above zero. So the verdict and the amount cannot disagree.
 */
import type { NormId, SourceId } from '../norms/norms';
import { vergelijkVermogen } from './conditions';
import type { Household } from '../household/household';
import { LIMITS } from '../household/limits';
import { toetsingsinkomen, type Toetsingsinkomen } from '../household/toetsingsinkomen';
import type { Amount, CalculationStep, CheckResult, Condition, ReasonParams, RuleContext } from './types';

/** A toeslag worked out for one toetsingsinkomen. Money in eurocents. */
export type Toeslagberekening = {
  perJaar: number;
  perMaand: number;
  steps: CalculationStep[];
  /** When there is nothing even without income: why (for instance, the rent is below the basishuur). */
  waaromNul?: { key: string; params: ReasonParams };
};

/**
 * The calculation of one toeslag. null when a fact it needs is missing; another condition of the
 * scheme then says which.
 */
export type Berekening = (household: Household, context: RuleContext, toetsingsinkomen: number) => Toeslagberekening | null;

/**
 * Awir art. 14 lid 5 (read with lid 4): a yearly amount that, rounded to whole euros, is under the
 * minimum (€ 24) is not paid. The Awir governs every toeslag (art. 1, the "tegemoetkomingen"), so
 * the minimum sits here, under every calculation, not in one scheme: a huurtoeslag of € 1 a month
 * (€ 12 a year) or a kindgebonden budget of € 20 a year is refused just like a zorgtoeslag. The
 * monthly step goes: there is no monthly amount of a refused toeslag.
 */
export const metAwirMinimum =
  (bereken: Berekening): Berekening =>
  (h, context, inkomen) => {
    const berekening = bereken(h, context, inkomen);
    if (!berekening || berekening.perJaar === 0) return berekening;
    const minimum = context.norm('toeslagen.minimumBedrag').value;
    if (berekening.perJaar >= minimum) return berekening;
    const steps = berekening.steps.filter((s) => s.key !== 'amounts.steps.perMaand');
    return { perJaar: 0, perMaand: 0, steps: [...steps, { key: 'amounts.steps.onderMinimum', params: { bedrag: { money: berekening.perJaar }, minimum: { money: minimum } } }] };
  };

/**
 * The highest toetsingsinkomen (eurocents per year) with an amount above zero, by bisection: the
 * amount never rises with the income. null when there is no amount even at an income of zero.
 */
export function inkomensgrens(bereken: Berekening, household: Household, context: RuleContext): number | null {
  const berekenMetMinimum = metAwirMinimum(bereken);
  const betaalt = (inkomen: number) => (berekenMetMinimum(household, context, inkomen)?.perJaar ?? 0) > 0;
  if (!betaalt(0)) return null;
  if (betaalt(LIMITS.cents)) return LIMITS.cents;
  let laag = 0;
  let hoog: number = LIMITS.cents;
  while (hoog - laag > 1) {
    const midden = Math.floor((laag + hoog) / 2);
    if (betaalt(midden)) laag = midden;
    else hoog = midden;
  }
  return laag;
}

/**
 * With a known income: up to the limit passes. With an estimated income the answer is only sure
 * outside the margin around the limit; within it we can't tell.
 */
function vergelijk(inkomen: Toetsingsinkomen, grens: number, key: string, context: RuleContext): CheckResult {
  const params: ReasonParams = { toetsingsinkomen: { money: inkomen.bedrag }, grens: { money: grens } };
  if (!inkomen.geschat) {
    const verdict = inkomen.bedrag <= grens ? 'pass' : 'fail';
    return { verdict, key: `${key}.${verdict}`, params };
  }
  const marge = context.norm('toeslagen.schattingsmarge').value;
  if (inkomen.bedrag < (grens * (100 - marge)) / 100) return { verdict: 'pass', key: `${key}.passGeschat`, params };
  if (inkomen.bedrag > (grens * (100 + marge)) / 100) return { verdict: 'fail', key: `${key}.failGeschat`, params };
  return { verdict: 'unknown', key: `${key}.marge`, params: { ...params, marge: { percent: marge } } };
}

/** The income condition of a toeslag. Reason keys: `schemes.<schemeId>.reasons.inkomen.*`. */
export const inkomenToeslag = (schemeId: string, sourceId: SourceId, bereken: Berekening): Condition => ({
  id: 'inkomen',
  sourceId,
  check: (h, context) => {
    const key = `schemes.${schemeId}.reasons.inkomen`;
    const inkomen = toetsingsinkomen(h, context);
    if (!inkomen) return { verdict: 'unknown', key: `${key}.unknown`, missing: ['inkomen'] };
    if (!bereken(h, context, inkomen.bedrag)) return null;
    const grens = inkomensgrens(bereken, h, context);
    if (grens === null) {
      const nul = metAwirMinimum(bereken)(h, context, 0)?.waaromNul ?? { key: 'amounts.reasons.nul', params: {} };
      return { verdict: 'fail', key: nul.key, params: nul.params };
    }
    return vergelijk(inkomen, grens, key, context);
  },
  describe: () => ({ key: `schemes.${schemeId}.conditions.inkomen` }),
});

/**
 * The asset test of a toeslag on 1 January: one limit without and one with a toeslagpartner.
 * ⚠️ The check only knows the money in the bank and savings, not other assets or debts.
 */
export const vermogenToeslag = (schemeId: string, sourceId: SourceId, grenzen: { alleenstaande: NormId; partner: NormId }): Condition => ({
  id: 'vermogen',
  sourceId,
  check: (h, context) => vergelijkVermogen(h, context.norm(h.partner ? grenzen.partner : grenzen.alleenstaande).value, 'reasons.vermogen', 'fail'),
  describe: (context) => ({
    key: `schemes.${schemeId}.conditions.vermogen`,
    params: { alleenstaande: { money: context.norm(grenzen.alleenstaande).value }, partner: { money: context.norm(grenzen.partner).value } },
  }),
});

function inkomenStap(inkomen: Toetsingsinkomen): CalculationStep {
  if (!inkomen.geschat) return { key: 'amounts.steps.toetsingsinkomen', params: { inkomen: { money: inkomen.bedrag } } };
  return {
    key: 'amounts.steps.toetsingsinkomenGeschat',
    params: { inkomen: { money: inkomen.bedrag }, netto: { money: inkomen.nettoPerMaand }, marge: { percent: inkomen.marge } },
  };
}

/** The amount of a toeslag: the calculation at the (known or estimated) toetsingsinkomen, under the Awir minimum. */
export const toeslagBedrag =
  (bereken: Berekening) =>
  (h: Household, context: RuleContext): Amount | null => {
    const inkomen = toetsingsinkomen(h, context);
    if (!inkomen) return null;
    const berekening = metAwirMinimum(bereken)(h, context, inkomen.bedrag);
    if (!berekening) return null;
    return {
      perMaand: berekening.perMaand,
      perJaar: berekening.perJaar,
      steps: [inkomenStap(inkomen), ...berekening.steps],
      estimated: inkomen.geschat,
    };
  };
