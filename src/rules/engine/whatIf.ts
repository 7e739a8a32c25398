/**
 * "What if my income changes?": how much more (or less) income turns the verdict of a scheme, so
 * the view can say "with € 130 more per month you would probably no longer get this".
 *
 * It moves one income and re-evaluates, by bisection: for an income-tested scheme the verdict only
 * moves one way as the income rises (likely → can't tell → unlikely). Which income: the gross
 * toetsingsinkomen when the inhabitant gave it (the toeslagen test that), else the net income per
 * month (the bijstand and the municipal schemes test that, and the toeslagen estimate from it).
 */
import type { Household } from '../household/household';
import { LIMITS } from '../household/limits';
import { netIncome } from '../household/netIncome';
import { evaluateScheme } from './evaluate';
import type { Scheme, Verdict } from './types';

export type WhatIf = {
  inkomen: 'nettoPerMaand' | 'toetsingsinkomen';
  /** eurocents: the smallest change of that income that changes the verdict; negative is less income. */
  verschil: number;
  /** The verdict at that income. */
  verdict: Verdict;
};

type Axis = { inkomen: WhatIf['inkomen']; huidig: number; met: (bedrag: number) => Household };

/** More income is added as "other income", so no answer about work or benefits changes with it. */
function metNettoInkomen(h: Household, bedrag: number): Household {
  let teVeel = netIncome(h)! - bedrag;
  const inkomen = { ...h.inkomen, overig: (h.inkomen.overig ?? 0) - Math.min(teVeel, 0) };
  for (const deel of ['overig', 'pensioen', 'uitkering', 'werk'] as const) {
    const af = Math.min(Math.max(teVeel, 0), inkomen[deel] ?? 0);
    inkomen[deel] = (inkomen[deel] ?? 0) - af;
    teVeel -= af;
  }
  return { ...h, inkomen };
}

function axes(h: Household): Axis[] {
  const result: Axis[] = [];
  if (h.toetsingsinkomen !== null) result.push({ inkomen: 'toetsingsinkomen', huidig: h.toetsingsinkomen, met: (bedrag) => ({ ...h, toetsingsinkomen: bedrag }) });
  const netto = netIncome(h);
  if (netto !== null) result.push({ inkomen: 'nettoPerMaand', huidig: netto, met: (bedrag) => metNettoInkomen(h, bedrag) });
  return result;
}

/** The smallest step in 1…max for which `verandert` holds, given that it keeps holding beyond it. */
function kleinsteStap(max: number, verandert: (stap: number) => boolean): number | null {
  if (max < 1 || !verandert(max)) return null;
  let laag = 0;
  let hoog = max;
  while (hoog - laag > 1) {
    const midden = Math.floor((laag + hoog) / 2);
    if (verandert(midden)) hoog = midden;
    else laag = midden;
  }
  return hoog;
}

/**
 * For a likely scheme: the extra income at which it becomes unlikely. For an unlikely scheme: the
 * income less at which it no longer is. null when the verdict is "can't tell", or when no change of
 * income changes it (the scheme is not income-tested, or something else decides).
 */
export function whatIf(scheme: Scheme, household: Household, peildatum: string): WhatIf | null {
  const nu = evaluateScheme(scheme, household, peildatum).verdict;
  if (nu === 'unknown') return null;
  const omhoog = nu === 'likely';
  for (const axis of axes(household)) {
    const bij = (stap: number) => axis.met(omhoog ? axis.huidig + stap : axis.huidig - stap);
    const verdictBij = (stap: number) => evaluateScheme(scheme, bij(stap), peildatum).verdict;
    const stap = kleinsteStap(omhoog ? LIMITS.cents - axis.huidig : axis.huidig, (s) => (verdictBij(s) === 'unlikely') === omhoog);
    if (stap !== null) return { inkomen: axis.inkomen, verschil: omhoog ? stap : -stap, verdict: verdictBij(stap) };
  }
  return null;
}
