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
 * Toeslagen received now that this estimate says are probably gone ('unlikely') or cannot confirm
 * ('unknown'): the inhabitant should check and report changes before the advance becomes a debt.
 */
export function terugbetaalRisico(outcomes: readonly Outcome[], h: Household): Outcome[] {
  return outcomes.filter((o) => (h.ontvangtAl as readonly string[]).includes(o.schemeId) && o.verdict !== 'likely');
}
