/**
 * An own view for someone without income of their own who lives with a partner who earns: what
 * would change after a separation, worked out by evaluating a derived household with the same
 * rules as everyone else's, never with separate arithmetic.
 *
 * The derived household: the applicant alone with the same children, no income (no own income was
 * said, and the partner's income leaves with the partner), so no toeslagen income either, and a
 * short spell of low income. For a single parent this brings in the single parent's bijstandsnorm
 * (art. 21 PW: the alleenstaande norm, the children's costs being covered by the kindgebonden
 * budget) and the alleenstaande-ouderkop of the kindgebonden budget (Wet op het kindgebonden
 * budget art. 2 lid 6). Alimony is not counted: whether and how much a former partner pays is
 * decided between them or by a court; the LBIO collects child support that is not paid
 * (⚠️ art. 1:408 BW, not read in the law text for this check: the contact is marked unverified).
 *
 * ⚠️ Assumptions, each said on screen: the applicant stays in the same home at the same rent; what
 * the couple owns is split in a way we cannot know, so savings other than none are "unknown"; the
 * applicant runs no business.
 */
import { evaluate } from '../engine/evaluate';
import type { Outcome } from '../engine/types';
import type { Household } from '../household/household';
import { schemes } from '../schemes';
import type { ChannelId } from '../contacts/contacts';

/** The schemes the what-if shows: the income a single person or parent would live on. */
export const NA_SCHEIDING_REGELINGEN = ['algemeneBijstand', 'kindgebondenBudget', 'huurtoeslag', 'zorgtoeslag'] as const;

/** The view is for a couple in which someone earns; the applicant says she has no income of her own. */
export function heeftEigenPerspectief(h: Household): boolean {
  const { werk, uitkering, pensioen, overig } = h.inkomen;
  return h.partner !== null && !h.ontvangtBijstand && [werk, uitkering, pensioen, overig].some((deel) => deel === null || deel > 0);
}

export function naScheiding(h: Household): Household {
  return {
    ...h,
    partner: null,
    partnerVerblijfsstatus: null,
    inkomen: { werk: 0, uitkering: 0, pensioen: 0, overig: 0 },
    ontvangtBijstand: false,
    toetsingsinkomen: 0,
    laagInkomenSinds: 'kort',
    vermogen: h.vermogen === 0 ? 0 : null,
    ondernemer: false,
    stoptMetBedrijf: false,
    werkloosNa50: 'nee',
    ontvangtAl: [],
  };
}

export type Scheidingsscenario = {
  outcomes: Outcome[];
  /** Children: child support from the other parent, collected by the LBIO when it is not paid. */
  kinderalimentatie: boolean;
  /** Where to ask about an own income and about money after a separation, first one first. */
  contacts: readonly ChannelId[];
};

export function scheidingsscenario(h: Household, peildatum: string): Scheidingsscenario {
  const shown = schemes.filter((s) => (NA_SCHEIDING_REGELINGEN as readonly string[]).includes(s.id));
  const kinderen = h.kinderen.length > 0;
  return {
    outcomes: evaluate(naScheiding(h), peildatum, shown),
    kinderalimentatie: kinderen,
    contacts: kinderen ? ['gemeenteHeemskerkLoket', 'lbio', 'metHeemskerk'] : ['gemeenteHeemskerkLoket', 'metHeemskerk'],
  };
}
