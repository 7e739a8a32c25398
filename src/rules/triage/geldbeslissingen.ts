/**
 * "Who decides about money at home?": an optional question on the money-worries page. The answer
 * lives only in the page's memory: it is not part of the answers, the storage, the QR code or the
 * print-out, because a partner may see the device.
 *
 * Having no say about money, having to ask for it, or someone else keeping your income is financial
 * control; it can be part of domestic abuse. Every municipality must have an advies- en meldpunt
 * huiselijk geweld en kindermishandeling (Veilig Thuis, Wmo 2015 art. 4.1.1), reachable by the
 * national number, free, day and night; anyone can ask for advice there, also anonymously. The
 * municipality's own help (the desk, social work) is offered next to it: the person chooses. In
 * direct danger: 112.
 */
import type { ChannelId } from '../contacts/contacts';

export const WIE_BESLIST = ['zelfOfSamen', 'anderInOverleg', 'anderZonderInspraak', 'zegIkLiever'] as const;
export type WieBeslist = (typeof WIE_BESLIST)[number];

/** Whom to offer, first one first; empty when the answer does not point to financial control. */
export function hulpBijGeldbeslissingen(antwoord: WieBeslist | null): readonly ChannelId[] {
  if (antwoord !== 'anderZonderInspraak') return [];
  return ['veiligThuis', 'metHeemskerk', 'gemeenteHeemskerkLoket', 'alarmnummer'];
}
