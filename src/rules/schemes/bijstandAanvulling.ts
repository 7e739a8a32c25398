/**
 * De aanvulling tot de bijstandsnorm: what the bijstand adds to the net income each month. The
 * toepasselijke norm (with the kostendelersnorm where it applies) minus the net income.
 *
 * The parts of the work income the law leaves out do not count, as in the income test: from AOW
 * age `vrijgelatenArbeidsinkomen` (art. 31 lid 2 n, art. 34a lid 1 c), below it for someone who is
 * medisch urenbeperkt `vrijlatingMedischUrenbeperkt` (art. 31 lid 2 y, art. 34a lid 1 b); the two
 * never meet, as the second ends at AOW age. ⚠️ The other vrijlatingen of art. 31 and 34a PW (the
 * college's 15 %, giften) are not applied, so someone who works may get a little more than this.
 * The norm includes the vakantietoeslag, which the bijstand pays once a year; the income includes
 * the holiday pay (household/inkomensraming.ts).
 */
import { MAANDEN_PER_JAAR } from '../engine/money';
import type { Amount, RuleContext } from '../engine/types';
import { bijstandsnorm } from '../household/bijstandsnorm';
import type { Household } from '../household/household';
import { inkomensraming } from '../household/inkomensraming';
import { vrijlatingMedischUrenbeperkt } from './medischUrenbeperkt';
import { metVrijgelatenArbeid, vrijgelatenArbeidsinkomen } from './participatiewet2027';

const KEY = 'amounts.steps.algemeneBijstand';

export function bijstandAanvulling(h: Household, context: RuleContext): Amount | null {
  // Already on bijstand: the income given is the bijstand itself, so nothing comes on top of it.
  if (h.ontvangtBijstand) return null;
  const norm = bijstandsnorm(h, context);
  const raming = inkomensraming(metVrijgelatenArbeid(h, context), context);
  const vrijgelaten = vrijgelatenArbeidsinkomen(h, context);
  if (!norm || raming === null) return null;
  // Like with like: the norm includes the vakantietoeslag, so the holiday pay counts as income too.
  const vrijlating = h.medischUrenbeperkt ? vrijlatingMedischUrenbeperkt(h, context) : null;
  const inkomen = raming.netto + Math.round(raming.vakantiegeld) - (vrijlating?.bedrag ?? 0);
  const perMaand = Math.max(norm.bedrag - inkomen, 0);
  return {
    perMaand,
    perJaar: perMaand * MAANDEN_PER_JAAR,
    estimated: false,
    steps: [
      { key: `${KEY}.norm`, params: { norm: { money: norm.bedrag }, huishouden: { term: norm.huishouden }, personen: norm.kostendelers ?? 0 } },
      ...(vrijgelaten > 0 ? [{ key: 'vrijgelatenArbeid.step', params: { werk: { money: h.inkomen.werk ?? 0 }, bedrag: { money: vrijgelaten } } }] : []),
      ...(vrijlating ? [{ key: `${KEY}.vrijlatingMedisch`, params: { werk: { money: vrijlating.werk }, percentage: { percent: vrijlating.percentage }, bedrag: { money: vrijlating.bedrag } } }] : []),
      { key: `${KEY}.uitkomst`, params: { norm: { money: norm.bedrag }, inkomen: { money: inkomen }, perMaand: { money: perMaand } } },
    ],
  };
}
