/**
 * The action plan: whom to contact, in which order, with the deadlines the law sets, and one
 * checklist of documents for all schemes together.
 *
 * Steps are per organisation, not per scheme: one call to the municipality covers the minima
 * schemes, kwijtschelding and debt help. Urgent help (the triage's "act today") is the first step.
 */
import { DOCUMENTS, organisatieVan, type ChannelId, type DocumentId, type Organisatie } from '../contacts/contacts';
import { TOESLAGEN } from '../household/household';
import { getNorm } from '../norms/getNorm';
import type { NormId, SourceId } from '../norms/norms';
import type { Outcome, ReasonParams, Scheme } from './types';

/** A deadline as a translation key with typed parameters; `verified: false` says "check this". */
export type Deadline = { key: string; params: ReasonParams; sourceId: SourceId | null; verified: boolean };

/** A scheme to ask for at this step, with its term where its rules have one. */
export type Regeling = { schemeId: string; deadline: Deadline | null };

export type Stap = {
  organisatie: Organisatie;
  /** The channels of this organisation the schemes name, first one first. */
  channels: ChannelId[];
  regelingen: Regeling[];
  /** The triage said "act today": this step comes first. */
  urgent: boolean;
};

export type DocumentNeed = { documentId: DocumentId; schemeIds: string[] };

export type ActionPlan = { stappen: Stap[]; documenten: DocumentNeed[] };

const KEY = 'actionPlan.deadlines';
const BIJSTAND = ['algemeneBijstand', 'aio', 'ioaw', 'ioaz', 'bbz'];

function deadline(schemeId: string, peildatum: string): Deadline | null {
  const norm = (id: NormId) => getNorm(id, peildatum);
  if ((TOESLAGEN as readonly string[]).includes(schemeId)) {
    // Awir art. 15 lid 1: this year's toeslag can still be asked for until 1 September next year.
    const termijn = norm('toeslagen.aanvraagtermijn');
    const jaar = Number(peildatum.slice(0, 4)) + 1 + Math.floor(termijn.value / 12);
    const maand = String((termijn.value % 12) + 1).padStart(2, '0');
    return { key: `${KEY}.toeslag`, params: { datum: { date: `${jaar}-${maand}-01` }, jaar: Number(peildatum.slice(0, 4)) }, sourceId: termijn.sourceId, verified: termijn.verified };
  }
  // Art. 44 PW: bijstand runs from the day someone reports, never from before: report now.
  if (BIJSTAND.includes(schemeId)) {
    const terug = norm('bijstand.terugwerkendeKracht');
    return { key: `${KEY}.vanafMelding`, params: { maanden: terug.value }, sourceId: terug.sourceId, verified: terug.verified };
  }
  // Kwijtschelding has a term after the tax bill, but it is the municipality's own (its leidraad;
  // other municipalities say six weeks, others three months) and Heemskerk's was not found: ask.
  if (schemeId === 'kwijtschelding') return { key: `${KEY}.vraag`, params: {}, sourceId: null, verified: true };
  // The other schemes have no term in their rules: named without one, not "ask" seven times over.
  return null;
}

/**
 * `alOntvangen`: schemes the household already gets (no step); `urgentContacts`: the triage's
 * "act today" contacts, in its order. Steps with a likely scheme come before those with only
 * "can't tell", then the organisation that covers most schemes.
 */
export function actionPlan(outcomes: readonly Outcome[], schemes: readonly Scheme[], peildatum: string, alOntvangen: readonly string[] = [], urgentContacts: readonly ChannelId[] = []): ActionPlan {
  const toApply = outcomes.filter((o) => o.verdict !== 'unlikely' && !alOntvangen.includes(o.schemeId));
  const scheme = (id: string) => schemes.find((s) => s.id === id)!;
  const stappen = new Map<Organisatie, Stap & { likely: boolean; eerste: number }>();
  const stapVoor = (channelId: ChannelId, eerste: number) => {
    const organisatie = organisatieVan[channelId];
    const stap = stappen.get(organisatie) ?? { organisatie, channels: [], regelingen: [], urgent: false, likely: false, eerste };
    if (!stap.channels.includes(channelId)) stap.channels.push(channelId);
    stappen.set(organisatie, stap);
    return stap;
  };
  urgentContacts.forEach((channelId) => (stapVoor(channelId, -1).urgent = true));
  toApply.forEach((outcome, index) => {
    const stap = stapVoor(scheme(outcome.schemeId).applyAt[0]!, index);
    stap.regelingen.push({ schemeId: outcome.schemeId, deadline: deadline(outcome.schemeId, peildatum) });
    stap.likely ||= outcome.verdict === 'likely';
  });
  const geordend = [...stappen.values()].sort(
    (a, b) => Number(b.urgent) - Number(a.urgent) || Number(b.likely) - Number(a.likely) || b.regelingen.length - a.regelingen.length || a.eerste - b.eerste,
  );
  const documenten = DOCUMENTS.flatMap((documentId) => {
    const schemeIds = toApply.filter((o) => scheme(o.schemeId).toBring.includes(documentId)).map((o) => o.schemeId);
    return schemeIds.length > 0 ? [{ documentId, schemeIds }] : [];
  }).sort((a, b) => b.schemeIds.length - a.schemeIds.length);
  return { stappen: geordend.map(({ likely: _likely, eerste: _eerste, ...stap }) => stap), documenten };
}
