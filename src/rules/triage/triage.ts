/**
 * De triage: which help fits now, most urgent first, each with a reason in plain words.
 *
 * Levels follow the policy's route: act today when someone may lose their home, energy or water,
 * or has no money for food; problematic debts (not payable within 36 months) go to Heemskerk's
 * schuldhulpverlening; arrears without problematic debts to early help and budgetcoaching; wanting
 * grip to budgetcoaching, budgetbeheer or self-help. Whoever would rather not say still gets a
 * gentle general offer: the triage never answers with nothing.
 */
import type { ChannelId } from '../contacts/contacts';
import type { Reason, RuleContext } from '../engine/types';
import { getNorm } from '../norms/getNorm';
import type { Geldzorgen } from './geldzorgen';

export const LEVELS = ['urgent', 'problematischeSchulden', 'achterstanden', 'grip', 'algemeen'] as const;
export type TriageLevel = (typeof LEVELS)[number];

export type TriageResult = {
  level: TriageLevel;
  reasons: Reason[];
  /** Who to call or visit, first one first. */
  contacts: readonly ChannelId[];
  /** Help offers (scheme ids) this level points to; their texts say what happens when you reach out. */
  offers: readonly string[];
  /** A bailiff is involved: explain that part of the income is protected (beslagvrije voet). */
  beslagvrijeVoet: boolean;
};

const reason = (key: string, params: Reason['params'] = {}): Reason => ({ key: `triage.reasons.${key}`, params, verdict: 'pass' });

function urgent(g: Geldzorgen): TriageResult | null {
  const reasons = [
    ...(g.dreigtOntruimingOfAfsluiting === 'ja' ? [reason('dreiging')] : []),
    ...(g.geldVoorEten === 'nee' ? [reason('eten')] : []),
  ];
  if (reasons.length === 0) return null;
  return {
    level: 'urgent',
    reasons,
    contacts: g.geldVoorEten === 'nee' ? ['gemeenteHeemskerkLoket', 'voedselbank', 'metHeemskerk'] : ['gemeenteHeemskerkLoket', 'metHeemskerk'],
    offers: ['schuldhulpverlening'],
    beslagvrijeVoet: g.deurwaarder === 'ja',
  };
}

function problematisch(g: Geldzorgen, context: RuleContext): TriageResult | null {
  const maanden = context.norm('schuldhulp.afbetaaltermijn').value;
  const reasons = [
    ...(g.schulden === 'ja' && g.afbetaalbaarBinnenTermijn === 'nee' ? [reason('nietAfTeBetalen', { maanden })] : []),
    ...(g.deurwaarder === 'ja' ? [reason('deurwaarder')] : []),
    ...(g.schulden === 'ja' && g.inkomenLagerDanVasteLasten === 'ja' ? [reason('tekort')] : []),
  ];
  if (reasons.length === 0) return null;
  return { level: 'problematischeSchulden', reasons, contacts: ['schuldhulpHeemskerk', 'metHeemskerk'], offers: ['schuldhulpverlening', 'wsnp'], beslagvrijeVoet: g.deurwaarder === 'ja' };
}

function achterstanden(g: Geldzorgen): TriageResult | null {
  if (g.betalingsachterstanden !== 'ja' && !(g.schulden === 'ja' && g.afbetaalbaarBinnenTermijn !== 'nee')) return null;
  const reasons = g.achterstandOp.length > 0 ? g.achterstandOp.map((op) => reason(`achterstand.${op}`)) : [reason('achterstand.algemeen')];
  return { level: 'achterstanden', reasons, contacts: ['schuldhulpHeemskerk', 'metHeemskerk'], offers: ['vroegsignalering', 'budgetcoaching'], beslagvrijeVoet: false };
}

function grip(g: Geldzorgen): TriageResult | null {
  const reasons = [
    ...(g.wilHulpBijGeldzaken === 'ja' ? [reason('wilGrip')] : []),
    ...(g.inkomenLagerDanVasteLasten === 'ja' && g.schulden !== 'ja' ? [reason('tekortZonderSchulden')] : []),
  ];
  if (reasons.length === 0) return null;
  return { level: 'grip', reasons, contacts: ['metHeemskerk', 'gemeenteHeemskerkLoket'], offers: ['budgetcoaching', 'budgetbeheer'], beslagvrijeVoet: false };
}

const GENERAL: TriageResult = { level: 'algemeen', reasons: [reason('algemeen')], contacts: ['metHeemskerk', 'gemeenteHeemskerkLoket'], offers: ['budgetcoaching'], beslagvrijeVoet: false };

export function triage(g: Geldzorgen, peildatum: string): TriageResult[] {
  const context: RuleContext = { peildatum, norm: (id) => getNorm(id, peildatum) };
  const levels = [urgent(g), problematisch(g, context), achterstanden(g), grip(g)].filter((level): level is TriageResult => level !== null);
  // Debts first shown as problematic need not also be shown as plain arrears.
  const shown = levels.some((l) => l.level === 'problematischeSchulden') ? levels.filter((l) => l.level !== 'achterstanden') : levels;
  return shown.length > 0 ? shown : [GENERAL];
}
