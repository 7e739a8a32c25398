/**
 * What the net monthly income that was typed means for a whole year: the holiday pay that comes on
 * top once a year, and the gross yearly income (the toetsingsinkomen estimate), per kind of income.
 *
 * Why: the bijstandsnormen include the vakantietoeslag (art. 19 lid 3 PW), but the money that comes in
 * each month usually does not include holiday pay. The income tests compare like with like by adding
 * the holiday pay, spread over twelve months. And the toeslagen test the gross yearly income, which
 * differs per kind of income (loonheffing-2026.md §2.7): wages and WW get 8% holiday pay, bijstand 5%
 * of the norm, AOW its own percentage, a pension usually none; from AOW age no AOW premium is paid.
 *
 * ⚠️ Assumptions, each a possible error (loonheffing-2026.md §5; the size is in
 * `toeslagen.schattingsmarge`): wages of a couple are earned by one person, below AOW age when one of
 * them is; the minimum holiday pay (8%) and not monthly; only one payer applies the korting; a full
 * AOW before any pension; bijstand split equally between partners; "other income" (alimentatie,
 * rent) is taken as gross without tax withheld; the profit of an ondernemer as wages without holiday pay.
 */
import { MAANDEN_PER_JAAR, procentVan } from '../engine/money';
import type { RuleContext } from '../engine/types';
import type { Household } from './household';
import { brutoPerJaar, nettoPerJaar, tarieven, type Loonheffingsgroep, type Tarieven } from './loonheffing';

export type Inkomensraming = {
  /** eurocents per month, as typed */
  netto: number;
  /** eurocents per month: the net holiday pay of a year, divided by twelve */
  vakantiegeld: number;
  /** eurocents per year, holiday pay included: the estimated toetsingsinkomen */
  brutoPerJaar: number;
};

type Deel = { vakantiegeld: number; brutoPerJaar: number };

/** One income with holiday pay as a percentage of the gross, paid once a year. */
function metVakantiegeld(groep: Loonheffingsgroep, nettoPerMaand: number, percentage: number, context: RuleContext): Deel {
  if (nettoPerMaand <= 0) return { vakantiegeld: 0, brutoPerJaar: 0 };
  const t: Tarieven = tarieven(context);
  const netto = nettoPerMaand * MAANDEN_PER_JAAR;
  const zonder = brutoPerJaar(groep, netto, t);
  const bruto = zonder + procentVan(zonder, percentage);
  return { vakantiegeld: (nettoPerJaar(groep, bruto, t) - nettoPerJaar(groep, zonder, t)) / MAANDEN_PER_JAAR, brutoPerJaar: bruto };
}

function werk(h: Household, nettoPerMaand: number, onderAow: number, context: RuleContext): Deel {
  const percentage = h.ondernemer ? 0 : context.norm('vakantiegeld.loon').value;
  return metVakantiegeld(onderAow > 0 ? 'loon' : 'loonAow', nettoPerMaand, percentage, context);
}

function uitkering(h: Household, nettoPerMaand: number, onderAow: number, context: RuleContext): Deel {
  // At AOW age a benefit is the AIO, paid by the SVB like the AOW.
  if (onderAow === 0) return metVakantiegeld('aow', nettoPerMaand, 0, context);
  // UWV pays holiday pay on top of WW, WIA and Wajong, once a year; the Ziektewet benefit already
  // includes it (loonheffing-2026.md §1.3, L12). ⚠️ Wajong: the jonggehandicaptenkorting is not
  // applied in the withholding (§1.2, L6/L7), so it does not change the gross behind a net
  // payment; it comes back only through the tax return, which this check does not count.
  if (!h.ontvangtBijstand) {
    const percentage = h.soortUitkering === 'ziektewet' ? 0 : context.norm('vakantiegeld.uitkering').value;
    return metVakantiegeld('uitkering', nettoPerMaand, percentage, context);
  }
  // Bijstand reserves the vakantietoeslag from the net norm (5% of it) and pays it once a year; each
  // partner is paid half and has his own korting (normenbrief bijlage VII: € 13.848 per partner).
  const vt = context.norm('bijstandsnorm.vakantietoeslag').value;
  const vakantiegeld = (nettoPerMaand * vt) / (100 - vt);
  const perPersoon = ((nettoPerMaand + vakantiegeld) * MAANDEN_PER_JAAR) / onderAow;
  return { vakantiegeld, brutoPerJaar: brutoPerJaar('uitkering', perPersoon, tarieven(context)) * onderAow };
}

function pensioen(h: Household, nettoPerMaand: number, aow: number, context: RuleContext): Deel {
  // ⚠️ Below AOW age this is an early or survivor's pension (or Anw): taxed like a benefit.
  if (aow === 0) return metVakantiegeld('uitkering', nettoPerMaand, 0, context);
  const alleen = h.partner === null;
  const zvw = context.norm('loonheffing.zvw.bijdrage').value;
  const aowBruto = alleen ? context.norm('aow.bruto.alleenstaande').value : aow * context.norm('aow.bruto.partner').value;
  const volledig = aowBruto - procentVan(aowBruto, zvw);
  const aowNetto = Math.min(nettoPerMaand, volledig);
  const vakantiegeld = alleen ? context.norm('aow.vakantiegeld.alleenstaande').value : aow * context.norm('aow.vakantiegeld.partner').value;
  const aowDeel = metVakantiegeld('aow', aowNetto, (vakantiegeld * 100) / aowBruto, context);
  const rest = metVakantiegeld('pensioen', nettoPerMaand - aowNetto, 0, context);
  return { vakantiegeld: aowDeel.vakantiegeld, brutoPerJaar: aowDeel.brutoPerJaar + rest.brutoPerJaar };
}

/** null when any part of the net income is unknown. */
export function inkomensraming(h: Household, context: RuleContext): Inkomensraming | null {
  const { werk: w, uitkering: u, pensioen: p, overig: o } = h.inkomen;
  if (w === null || u === null || p === null || o === null) return null;
  const aowLeeftijd = context.norm('leeftijd.aow').value;
  const leeftijden = [h.aanvrager.leeftijd, ...(h.partner ? [h.partner.leeftijd] : [])];
  const aow = leeftijden.filter((leeftijd) => leeftijd >= aowLeeftijd).length;
  const onderAow = leeftijden.length - aow;
  // A part of zero reads no figure, so an outcome only leans on the (unverified) tax figures when it must.
  const geen: Deel = { vakantiegeld: 0, brutoPerJaar: 0 };
  const delen = [
    w > 0 ? werk(h, w, onderAow, context) : geen,
    u > 0 ? uitkering(h, u, onderAow, context) : geen,
    p > 0 ? pensioen(h, p, aow, context) : geen,
    { vakantiegeld: 0, brutoPerJaar: o * MAANDEN_PER_JAAR },
  ];
  return {
    netto: w + u + p + o,
    vakantiegeld: delen.reduce((som, d) => som + d.vakantiegeld, 0),
    brutoPerJaar: Math.round(delen.reduce((som, d) => som + d.brutoPerJaar, 0)),
  };
}
