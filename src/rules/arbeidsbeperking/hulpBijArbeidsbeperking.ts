/**
 * Help for someone whose illness or disability limits their work (issue 20, a focus group of
 * Heemskerk's policy plan): which parts of the results section apply to this household. Each part
 * rests on its own legal basis; where the municipality decides, the view says "ask", never an amount.
 *
 * - Meerkosten (extra costs of an illness or disability): bijzondere bijstand, art. 35 PW. The
 *   college decides whether the costs are necessary and how much it pays: always "ask", bringing
 *   proof of the costs.
 * - Medisch urenbeperkt (art. 6b PW) and its vrijlating (art. 31 lid 2 y; from 2027 art. 34a lid 1 b):
 *   for someone with work income who could get algemene bijstand, or gets it (medischUrenbeperkt.ts).
 * - A benefit from UWV (Wajong, WIA, Ziektewet) counts as income for the bijstand (art. 31 and 32
 *   PW) and for the toeslagen (Awir art. 8): the bijstand tops it up to the norm when it is lower.
 * - The collectieve zorgverzekering: Heemskerk has one with Zilveren Kruis ("Optimaal"); which
 *   packages, and so what it covers for chronic illness, was not found (heemskerk-schemes.md §8).
 * - The studietoeslag (art. 36b PW) for someone who studies (its own card).
 * - The individuele inkomenstoeslag (art. 36 PW), where its outcome is not "unlikely": the college
 *   weighs "de krachten en bekwaamheden van de persoon" (lid 2 a), which is where an illness or
 *   disability counts. The IIT's own outcome decides; nothing is worked out again here.
 * - Wmo 2015 support (help at home, aids, transport) through the municipality: art. 2.3.2 Wmo 2015.
 */
import type { ChannelId } from '../contacts/contacts';
import { type Household, type SoortUitkering, oudsteLeeftijd } from '../household/household';
import { getNorm } from '../norms/getNorm';
import type { Outcome, Verdict } from '../engine/types';

export type HulpBijArbeidsbeperking = {
  /** Work income below AOW age: the medisch urenbeperkt rules can matter; the status as known. */
  urenbeperking: { vastgesteld: boolean | null } | null;
  /** The kind of UWV benefit, when one was named. */
  uitkering: Extract<SoortUitkering, 'wajong' | 'wia' | 'ziektewet'> | null;
  /** Studies with studiefinanciering: the studietoeslag card applies. */
  studeert: boolean;
  /** The individuele inkomenstoeslag's verdict, when it is not "unlikely". */
  inkomenstoeslag: Exclude<Verdict, 'unlikely'> | null;
  /** Where to ask, first one first: the municipality (Wmo and Werk en Inkomen), then UWV. */
  contacts: readonly ChannelId[];
};

const UWV_UITKERINGEN = ['wajong', 'wia', 'ziektewet'] as const;

/**
 * Only for someone who said an illness or disability limits the work (theirs or the partner's).
 * `outcomes`: the household's outcomes on the same peildatum, for the schemes this section points to.
 */
export function hulpBijArbeidsbeperking(h: Household, peildatum: string, outcomes: readonly Outcome[]): HulpBijArbeidsbeperking | null {
  if (h.arbeidsbeperking !== 'ja') return null;
  const onderAow = oudsteLeeftijd(h) < getNorm('leeftijd.aow', peildatum).value;
  const uitkering = UWV_UITKERINGEN.find((soort) => soort === h.soortUitkering) ?? null;
  const iit = outcomes.find((o) => o.schemeId === 'individueleInkomenstoeslag')?.verdict;
  return {
    urenbeperking: onderAow && !h.ondernemer && (h.inkomen.werk === null || h.inkomen.werk > 0) ? { vastgesteld: h.medischUrenbeperkt } : null,
    uitkering,
    studeert: h.studiefinanciering,
    inkomenstoeslag: iit === 'likely' || iit === 'unknown' ? iit : null,
    contacts: ['gemeenteHeemskerkLoket', 'uwv', 'metHeemskerk'],
  };
}
