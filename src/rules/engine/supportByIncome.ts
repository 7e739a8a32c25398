/**
 * The chart of support against income: the household evaluated at net incomes from nothing up to
 * where support ends, with the cliffs where a scheme stops (at 110 % or 120 % of the norm, say).
 *
 * ⚠️ At each step the gross toetsingsinkomen is estimated from the net income, also when the
 * inhabitant typed it: one typed yearly figure cannot follow a moving monthly income. The point
 * "you are here" is therefore evaluated the same way and may differ a little from the headline.
 */
import type { Household } from '../household/household';
import { netIncome } from '../household/netIncome';
import { evaluate } from './evaluate';
import { totalAmount } from './totalAmount';
import type { Outcome, Scheme } from './types';
import { metNettoInkomen } from './whatIf';

/** eurocents of net income per month between two points of the chart. */
export const STAP = 5000;
/** The chart stops here even if something is still paid (a large family's toeslagen). */
const MAX_INKOMEN = 1_000_000;

export type Punt = {
  /** Net income per month, eurocents. */
  inkomen: number;
  /** Monthly support the rules can put a figure on (see totalAmount). */
  perMaand: number;
  /** The schemes that are likely at this income, also those without an amount. */
  likely: readonly string[];
};

/** `inkomen`: the first income (to the cent) at which `schemeId` is no longer likely. */
export type Cliff = { inkomen: number; schemeId: string };

export type SupportByIncome = { punten: Punt[]; cliffs: Cliff[]; hier: Punt | null };

const likelyRegelingen = (outcomes: readonly Outcome[]) => outcomes.filter((o) => o.verdict === 'likely' && o.kind === 'regeling').map((o) => o.schemeId);

export function supportByIncome(schemes: readonly Scheme[], household: Household, peildatum: string): SupportByIncome {
  const base: Household = { ...household, toetsingsinkomen: null };
  const punt = (inkomen: number): Punt => {
    const outcomes = evaluate(metNettoInkomen(base, inkomen), peildatum, schemes);
    return { inkomen, perMaand: totalAmount(outcomes).perMaand, likely: likelyRegelingen(outcomes) };
  };
  const punten: Punt[] = [punt(0)];
  // Support ends when nothing is paid and no scheme is likely any more.
  while (punten.at(-1)!.likely.length > 0 && punten.at(-1)!.inkomen < MAX_INKOMEN) punten.push(punt(punten.at(-1)!.inkomen + STAP));
  const cliffs = punten.slice(1).flatMap((na, i) => {
    const voor = punten[i]!;
    return voor.likely.filter((id) => !na.likely.includes(id)).map((schemeId) => ({ schemeId, inkomen: eersteZonder(schemeId, voor.inkomen, na.inkomen, punt) }));
  });
  const netto = netIncome(household);
  return { punten, cliffs, hier: netto === null ? null : punt(netto) };
}

/** Bisection between an income where the scheme is likely and one where it is not. */
function eersteZonder(schemeId: string, laag: number, hoog: number, punt: (inkomen: number) => Punt): number {
  while (hoog - laag > 1) {
    const midden = Math.floor((laag + hoog) / 2);
    if (punt(midden).likely.includes(schemeId)) laag = midden;
    else hoog = midden;
  }
  return hoog;
}
