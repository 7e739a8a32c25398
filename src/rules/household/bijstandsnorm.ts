/**
 * De toepasselijke bijstandsnorm: the social minimum for this household (art. 20–22a PW).
 *
 * Every minima scheme in Heemskerk is a percentage of it, so it is computed in one place.
 * Returns null for an applicant under 18, who has no norm of their own.
 */
import type { RuleContext } from '../engine/types';
import type { NormId } from '../norms/norms';
import { type Household, oudsteLeeftijd } from './household';
import { getNorm } from '../norms/getNorm';
import type { BekendeFeiten } from '../engine/vraagNodig';

export type Bijstandsnorm = {
  /** eurocents per month, net, incl. vakantietoeslag */
  bedrag: number;
  /** translation key naming the household type, e.g. "household.alleenstaande" */
  huishouden: string;
  /** number of people the kostendelersnorm divides by, when it applies */
  kostendelers?: number;
  geldigVanaf: string;
  /**
   * For a household with someone of 18–20: the highest norm the college must give when that young
   * person cannot rely on the parents (art. 20 lid 3 and 4 PW). The check does not ask about the
   * parents, so between `bedrag` and this the answer is "we can't tell".
   */
  verhoogd?: number;
};

type Leeftijdsgroep = 'jong' | 'volwassen' | 'aow';

function groep(leeftijd: number, context: RuleContext): Leeftijdsgroep {
  if (leeftijd >= context.norm('leeftijd.aow').value) return 'aow';
  if (leeftijd >= context.norm('leeftijd.volwassenennorm').value) return 'volwassen';
  return 'jong';
}

function basisnorm(household: Household, context: RuleContext): { id: NormId; huishouden: string } {
  const aanvrager = groep(household.aanvrager.leeftijd, context);
  const kinderen = household.kinderen.length > 0;
  if (!household.partner) {
    if (aanvrager === 'aow') return { id: 'bijstandsnorm.alleenstaandeAow', huishouden: 'household.alleenstaandeAow' };
    const huishouden = kinderen ? 'household.alleenstaandeOuder' : 'household.alleenstaande';
    return { id: aanvrager === 'jong' ? 'bijstandsnorm.jongereAlleenstaande' : 'bijstandsnorm.alleenstaande', huishouden };
  }
  const partner = groep(household.partner.leeftijd, context);
  const groepen = [aanvrager, partner].sort().join('+');
  const huishouden = kinderen ? 'household.paarMetKinderen' : 'household.paar';
  switch (groepen) {
    case 'aow+aow':
      return { id: 'bijstandsnorm.gehuwdenAow', huishouden: 'household.paarAow' };
    // ⚠️ Art. 22 c covers an AOW partner with a partner of 21+; a partner under 21 is rare and
    // is given the same norm here: an indication, which the municipality's own calculation corrects.
    case 'aow+jong':
    case 'aow+volwassen':
      return { id: 'bijstandsnorm.gehuwdenEenAow', huishouden: 'household.paarEenAow' };
    case 'jong+jong':
      return { id: kinderen ? 'bijstandsnorm.jongereGehuwdenMetKinderen' : 'bijstandsnorm.jongereGehuwden', huishouden };
    case 'jong+volwassen':
      return { id: kinderen ? 'bijstandsnorm.gemengdJongGehuwdenMetKinderen' : 'bijstandsnorm.gemengdJongGehuwden', huishouden };
    default:
      return { id: 'bijstandsnorm.gehuwden', huishouden };
  }
}

/**
 * Kostendelersnorm (art. 22a PW): per person ((40 + A × 30) / (A × 100)) × B, where A counts the
 * kostendelers plus the applicant and a partner of 21 or older, and B is the norm for a couple.
 */
function kostendelersnorm(household: Household, context: RuleContext, id: NormId): { bedrag: number; personen: number } | null {
  const adult = context.norm('leeftijd.volwassenennorm').value;
  const partnerTelt = household.partner !== null && household.partner.leeftijd >= adult;
  // ⚠️ Art. 22a lid 3 (a partner of 18–20) uses separate amounts; such households keep their
  // own norm here and the outcome stays an indication.
  if (household.kostendelers === 0 || household.aanvrager.leeftijd < adult) return null;
  if (household.partner !== null && !partnerTelt) return null;
  const personen = household.kostendelers + 1 + (partnerTelt ? 1 : 0);
  const b =
    id === 'bijstandsnorm.alleenstaandeAow'
      ? context.norm('bijstandsnorm.gehuwdenAow').value
      : id === 'bijstandsnorm.alleenstaande'
        ? context.norm('bijstandsnorm.gehuwden').value
        : context.norm(id).value;
  const basis = context.norm('kostendelersnorm.basis').value;
  const perPersoon = context.norm('kostendelersnorm.perPersoon').value;
  const perLid = ((basis + personen * perPersoon) / (personen * 100)) * b;
  return { bedrag: Math.round(perLid * (partnerTelt ? 2 : 1)), personen };
}

const JONGERENNORMEN: readonly NormId[] = [
  'bijstandsnorm.jongereAlleenstaande',
  'bijstandsnorm.jongereGehuwden',
  'bijstandsnorm.jongereGehuwdenMetKinderen',
  'bijstandsnorm.gemengdJongGehuwden',
  'bijstandsnorm.gemengdJongGehuwdenMetKinderen',
];

/** Art. 20 lid 3: the raise for each partner of 18–20; lid 4: together no more than the 21+ norm. */
function verhoogdeJongerennorm(household: Household, context: RuleContext, id: NormId, bedrag: number): number | undefined {
  if (!JONGERENNORMEN.includes(id)) return undefined;
  const volwassen = context.norm('leeftijd.volwassenennorm').value;
  const jongeren = [household.aanvrager, ...(household.partner ? [household.partner] : [])].filter((p) => p.leeftijd < volwassen).length;
  const plafond = context.norm(household.partner ? 'bijstandsnorm.gehuwden' : 'bijstandsnorm.alleenstaande').value;
  return Math.min(bedrag + jongeren * context.norm('bijstandsnorm.verhogingJongere').value, plafond);
}

export function bijstandsnorm(household: Household, context: RuleContext): Bijstandsnorm | null {
  // Either partner may apply for the household, so the older one decides whether there is a norm.
  // ⚠️ A partner under 18 is given the jongerennorm of a partner of 18–20 (art. 24 PW not modelled).
  const oudste = oudsteLeeftijd(household);
  if (oudste < context.norm('leeftijd.meerderjarig').value) return null;
  const { id, huishouden } = basisnorm(household, context);
  const norm = context.norm(id);
  const gedeeld = kostendelersnorm(household, context, id);
  if (gedeeld) {
    return { bedrag: gedeeld.bedrag, huishouden: 'household.kostendelers', kostendelers: gedeeld.personen, geldigVanaf: norm.validFrom };
  }
  const verhoogd = verhoogdeJongerennorm(household, context, id, norm.value);
  return { bedrag: norm.value, huishouden, geldigVanaf: norm.validFrom, ...(verhoogd !== undefined ? { verhoogd } : {}) };
}

/** The kostendelersnorm only applies from the adults' norm on (art. 22a PW). */
export function nodigKostendelers(bekend: BekendeFeiten, peildatum: string): boolean {
  return bekend.leeftijd === null || bekend.leeftijd >= getNorm('leeftijd.volwassenennorm', peildatum).value;
}
