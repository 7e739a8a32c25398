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
import type { SourceId } from '../norms/norms';
import { scheidingsscenario } from '../eigenPerspectief/naScheiding';
import { evaluate, evaluateScheme } from './evaluate';
import { MAANDEN_PER_JAAR } from './money';
import type { Outcome, Scheme, Verdict } from './types';

export type WhatIf = {
  inkomen: 'nettoPerMaand' | 'toetsingsinkomen';
  /** eurocents: the smallest change of that income that changes the verdict; negative is less income. */
  verschil: number;
  /** The verdict at that income. */
  verdict: Verdict;
};

type Axis = { inkomen: WhatIf['inkomen']; huidig: number; met: (bedrag: number) => Household };

/** More income is added as "other income", so no answer about work or benefits changes with it. */
export function metNettoInkomen(h: Household, bedrag: number): Household {
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

/**
 * "Just misses": a change of at most this share of the current amount. A quarter keeps the
 * pensioner € 1.000 over an € 8.000 asset limit in, and a family at twice the norm out.
 */
const NABIJ = 0.25;

/** What would have to change; money in eurocents, negative is less. */
export type Verandering =
  | { soort: 'vermogen'; verschil: number }
  | { soort: 'inkomen'; inkomen: WhatIf['inkomen']; verschil: number }
  /** `kind`: the child's place in `kinderen`; `leeftijd`: the age it turns. */
  | { soort: 'verjaardag'; kind: number; leeftijd: number }
  /** The applicant living without the partner, with no income of their own (`naScheiding`). */
  | { soort: 'zonderPartner' };

export type NearMiss = {
  schemeId: string;
  verandering: Verandering;
  /** The verdict after the change: likely, or "can't tell". */
  verdict: Verdict;
  /** What the scheme would pay per month after the change, when the rules can work it out. */
  perMaand: number | null;
  /** The legal basis of the scheme, to cite. */
  sourceIds: readonly SourceId[];
};

/** Lower savings: the smallest drop that lets the scheme in, when that drop is near. */
function metMinderVermogen(scheme: Scheme, h: Household, peildatum: string): Household | null {
  if (h.vermogen === null || h.vermogen === 0) return null;
  const vermogen = h.vermogen;
  const met = (stap: number): Household => ({ ...h, vermogen: vermogen - stap });
  const stap = kleinsteStap(Math.floor(vermogen * NABIJ), (s) => evaluateScheme(scheme, met(s), peildatum).verdict !== 'unlikely');
  return stap === null ? null : met(stap);
}

function metMinderInkomen(scheme: Scheme, h: Household, peildatum: string): { household: Household; verandering: Verandering } | null {
  const omlaag = whatIf(scheme, h, peildatum);
  if (omlaag === null || omlaag.verschil >= 0) return null;
  const huidig = omlaag.inkomen === 'toetsingsinkomen' ? h.toetsingsinkomen! : netIncome(h)!;
  if (-omlaag.verschil > huidig * NABIJ) return null;
  const household = omlaag.inkomen === 'toetsingsinkomen' ? { ...h, toetsingsinkomen: huidig + omlaag.verschil } : metNettoInkomen(h, huidig + omlaag.verschil);
  return { household, verandering: { soort: 'inkomen', inkomen: omlaag.inkomen, verschil: omlaag.verschil } };
}

function gevolg(scheme: Scheme, household: Household, peildatum: string, verandering: Verandering): NearMiss {
  const outcome = evaluateScheme(scheme, household, peildatum);
  return { schemeId: scheme.id, verandering, verdict: outcome.verdict, perMaand: outcome.amount?.perMaand ?? null, sourceIds: scheme.sourceIds };
}

/**
 * Less income is a near miss only when the scheme would then pay more than the income given up, or
 * its amount is not known. A top-up such as the bijstand pays, just under its limit, almost nothing:
 * "€ 133 less income and you would get about € 0,01 a month" only confuses. The toetsingsinkomen is
 * gross per year; a twelfth of it overstates the net given up, so such a near miss is kept only
 * when it clearly pays.
 */
function brengtMeerDanHetKost(nearMiss: NearMiss): boolean {
  const { verandering, perMaand } = nearMiss;
  if (verandering.soort !== 'inkomen' || perMaand === null) return true;
  const minderPerMaand = verandering.inkomen === 'toetsingsinkomen' ? -verandering.verschil / MAANDEN_PER_JAAR : -verandering.verschil;
  return perMaand > minderPerMaand;
}

/**
 * For a couple that just misses a scheme on its joint income: what the applicant would get living
 * without the partner, from the separation scenario that the own-view section shows (same derived
 * household, same assumptions: no income of the applicant's own). Only when that lets the scheme
 * in; it stands beside the income near miss and is no advice to split up: living apart in name
 * only is still one household (art. 3 PW).
 */
function zonderPartner(scheme: Scheme, alleen: () => readonly Outcome[]): NearMiss | null {
  const outcome = alleen().find((o) => o.schemeId === scheme.id);
  if (outcome?.verdict !== 'likely') return null;
  return { schemeId: scheme.id, verandering: { soort: 'zonderPartner' }, verdict: outcome.verdict, perMaand: perMaand(outcome), sourceIds: scheme.sourceIds };
}

/**
 * The schemes the household just misses (unlikely now), each with the nearest change that lets it
 * in: savings under the asset limit, a little less income, and for a couple missing it on that
 * income, the applicant without the partner. Savings first: for the AIO and the bijstand the asset
 * limit (art. 34 PW) is a plain line, while less income is rarely a choice.
 */
export function nearMisses(schemes: readonly Scheme[], household: Household, peildatum: string): NearMiss[] {
  let scenario: readonly Outcome[] | undefined;
  const alleen = () => (scenario ??= scheidingsscenario(household, peildatum).outcomes);
  return schemes.flatMap((scheme) => {
    if (evaluateScheme(scheme, household, peildatum).verdict !== 'unlikely') return [];
    const minderVermogen = metMinderVermogen(scheme, household, peildatum);
    if (minderVermogen) return [gevolg(scheme, minderVermogen, peildatum, { soort: 'vermogen', verschil: minderVermogen.vermogen! - household.vermogen! })];
    const minderInkomen = metMinderInkomen(scheme, household, peildatum);
    if (!minderInkomen) return [];
    const partnerWeg = household.partner === null ? null : zonderPartner(scheme, alleen);
    const metMinder = gevolg(scheme, minderInkomen.household, peildatum, minderInkomen.verandering);
    return [...(brengtMeerDanHetKost(metMinder) ? [metMinder] : []), ...(partnerWeg ? [partnerWeg] : [])];
  });
}

/** A scheme whose verdict or monthly amount changes with a birthday. */
export type Wijziging = { schemeId: string; voor: Verdict; na: Verdict; perMaandVoor: number | null; perMaandNa: number | null; sourceIds: readonly SourceId[] };

export type Verjaardag = { verandering: Extract<Verandering, { soort: 'verjaardag' }>; wijzigingen: Wijziging[] };

const perMaand = (o: Outcome) => o.amount?.perMaand ?? null;

/**
 * What changes when a child has its next birthday, for the birthdays that change something: the
 * rules themselves say which ages count (12 and 16 in the kindgebonden budget, 18 for everything
 * that is for children). A child turning 18 leaves `kinderen`, which holds only minors.
 */
export function verjaardagen(schemes: readonly Scheme[], household: Household, peildatum: string): Verjaardag[] {
  const nu = evaluate(household, peildatum, schemes);
  return household.kinderen.flatMap((kind, index) => {
    const leeftijd = kind.leeftijd + 1;
    const kinderen = leeftijd >= 18 ? household.kinderen.filter((_, i) => i !== index) : household.kinderen.map((k, i) => (i === index ? { leeftijd } : k));
    const straks = evaluate({ ...household, kinderen }, peildatum, schemes);
    const wijzigingen = straks.flatMap((na, i): Wijziging[] => {
      const voor = nu[i]!;
      if (voor.verdict === na.verdict && perMaand(voor) === perMaand(na)) return [];
      const scheme = schemes.find((s) => s.id === na.schemeId)!;
      return [{ schemeId: na.schemeId, voor: voor.verdict, na: na.verdict, perMaandVoor: perMaand(voor), perMaandNa: perMaand(na), sourceIds: scheme.sourceIds }];
    });
    return wijzigingen.length > 0 ? [{ verandering: { soort: 'verjaardag' as const, kind: index, leeftijd }, wijzigingen }] : [];
  });
}
