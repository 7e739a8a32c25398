/**
 * De aanvulling tot de bijstandsnorm: what the bijstand adds to the net income each month. The
 * toepasselijke norm (with the kostendelersnorm where it applies) minus the net income.
 *
 * ⚠️ The vrijlatingen of art. 31 PW (part of earnings, giften) are not applied, so someone who
 * works may get a little more than this. The norm includes the vakantietoeslag, which the
 * bijstand pays once a year.
 */
import { MAANDEN_PER_JAAR } from '../engine/money';
import type { Amount, RuleContext } from '../engine/types';
import { bijstandsnorm } from '../household/bijstandsnorm';
import type { Household } from '../household/household';
import { netIncome } from '../household/netIncome';

const KEY = 'amounts.steps.algemeneBijstand';

export function bijstandAanvulling(h: Household, context: RuleContext): Amount | null {
  // Already on bijstand: the income given is the bijstand itself, so nothing comes on top of it.
  if (h.ontvangtBijstand) return null;
  const norm = bijstandsnorm(h, context);
  const inkomen = netIncome(h);
  if (!norm || inkomen === null) return null;
  const perMaand = Math.max(norm.bedrag - inkomen, 0);
  return {
    perMaand,
    perJaar: perMaand * MAANDEN_PER_JAAR,
    estimated: false,
    steps: [
      { key: `${KEY}.norm`, params: { norm: { money: norm.bedrag }, huishouden: { term: norm.huishouden }, personen: norm.kostendelers ?? 0 } },
      { key: `${KEY}.uitkomst`, params: { norm: { money: norm.bedrag }, inkomen: { money: inkomen }, perMaand: { money: perMaand } } },
    ],
  };
}
