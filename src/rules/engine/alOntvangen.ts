/**
 * What the household already receives. The toeslagen are advances: Dienst Toeslagen settles them
 * after the year on the real income (Awir art. 16, 19 and 26), so someone who still receives a
 * toeslag the rules now say is gone may have to pay it back, unless they report the change.
 */
import { TOESLAGEN, type Household, type Toeslag } from '../household/household';
import { schemes } from '../schemes';
import { evaluateScheme } from './evaluate';
import type { Outcome } from './types';

/**
 * The toeslagen worth asking "do you already get this?" about: those this household can get now,
 * and those it could get with a lower income or fewer savings (where repayment threatens when the
 * present income rules them out).
 */
export function mogelijkAlOntvangen(h: Household, peildatum: string): Toeslag[] {
  const zonderInkomen: Household = { ...h, inkomen: { werk: 0, uitkering: 0, pensioen: 0, overig: 0 }, toetsingsinkomen: 0, vermogen: 0 };
  const kan = (id: Toeslag, household: Household) => evaluateScheme(schemes.find((s) => s.id === id)!, household, peildatum).verdict !== 'unlikely';
  return TOESLAGEN.filter((id) => kan(id, h) || kan(id, zonderInkomen));
}

/** The schemes the household says it receives: the toeslagen it ticked, and bijstand (or AIO from AOW age). */
export function alOntvangen(h: Household): string[] {
  return [...h.ontvangtAl, ...(h.ontvangtBijstand ? ['algemeneBijstand', 'aio'] : [])];
}

/**
 * "Much lower": the estimate is under this share (%) of the highest amount the same household would
 * get without income. Not a legal figure but the line of this warning, so it lives here.
 */
const VEEL_LAGER_PROCENT = 50;

/**
 * A received toeslag that is still likely but, at this income, much lower than the most the
 * household could get. We do not ask how much is received now: that figure is on a letter few
 * have at hand, and a wrong guess would make a false alarm or a false comfort. Dienst Toeslagen
 * fixed the advance on the income reported when it was applied for (Awir art. 16), often a lower
 * one, and settles it on the real income after the year (art. 19), reclaiming what was too much
 * (art. 26). Deep in the afbouw that gap is likely and costly, so the inhabitant is asked to compare
 * the letter with this estimate, not told that money is owed.
 */
function veelLager(o: Outcome, h: Household): boolean {
  if (o.verdict !== 'likely' || !o.amount) return false;
  const zonderInkomen: Household = { ...h, inkomen: { werk: 0, uitkering: 0, pensioen: 0, overig: 0 }, toetsingsinkomen: 0 };
  const hoogste = evaluateScheme(schemes.find((s) => s.id === o.schemeId)!, zonderInkomen, o.peildatum).amount?.perJaar ?? 0;
  return o.amount.perJaar * 100 < hoogste * VEEL_LAGER_PROCENT;
}

/**
 * Toeslagen received now that this estimate says are probably gone ('unlikely'), cannot confirm
 * ('unknown') or puts much lower ('likely', see `veelLager`): the inhabitant should check and
 * report changes before the advance becomes a debt.
 */
export function terugbetaalRisico(outcomes: readonly Outcome[], h: Household): Outcome[] {
  return outcomes.filter((o) => (h.ontvangtAl as readonly string[]).includes(o.schemeId) && (o.verdict !== 'likely' || veelLager(o, h)));
}
