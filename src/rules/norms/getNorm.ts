/**
 * Reads the value of a norm that applies on a peildatum, with what an explanation needs to cite it.
 */
import type { NormUse } from '../engine/types';
import { norms, sources, type NormId } from './norms';

/** Thrown when no value of a norm covers the peildatum: the figures need their half-yearly update. */
export class NormNotInForceError extends Error {
  constructor(
    readonly normId: NormId,
    readonly peildatum: string,
  ) {
    super(`No value of norm ${normId} is in force on ${peildatum}`);
  }
}

export function getNorm(id: NormId, peildatum: string): NormUse {
  const norm = norms[id];
  // ISO dates compare correctly as strings, so no Date (and no time zone) is involved.
  const found = norm.values.find(
    (v) => v.validFrom <= peildatum && (!('validTo' in v) || v.validTo === undefined || peildatum <= v.validTo),
  );
  if (!found) throw new NormNotInForceError(id, peildatum);
  const provisional = provisionalKind(found);
  return {
    id,
    value: found.value,
    unit: norm.unit,
    validFrom: found.validFrom,
    ...('validTo' in found && found.validTo ? { validTo: found.validTo } : {}),
    sourceId: found.sourceId,
    verified: found.verified,
    ...(provisional ? { provisional } : {}),
  };
}

type Provisional = NonNullable<NormUse['provisional']>;

/** A budget or other draft figure, or last period's figure kept until the new one is published. */
function provisionalKind(value: { sourceId: keyof typeof sources; carriedForward?: true }): Provisional | null {
  if (value.carriedForward) return 'carriedForward';
  return sources[value.sourceId].confidence === 'D' ? 'draft' : null;
}

/** The last day on which every norm has a value: after it the app must say its figures are out of date. */
export function normsValidUntil(): string {
  let earliest = '9999-12-31';
  for (const norm of Object.values(norms)) {
    if ('vervaltNa' in norm) continue;
    const last = norm.values.reduce<string>(
      (max, v) => {
        const to = 'validTo' in v && v.validTo ? v.validTo : '9999-12-31';
        return to > max ? to : max;
      },
      '0000-01-01',
    );
    if (last < earliest) earliest = last;
  }
  return earliest;
}

/** A stretch of time in which some figures of one group (the first part of their id) are provisional. */
export type ProvisionalFigures = { group: string; provisional: Provisional; validFrom: string; validTo?: string };

/**
 * Every provisional period, by group and kind, in the order of the norms file: what the footer
 * names ("not final yet: kindgebonden budget, …") and what `npm run figures` reports.
 */
export function provisionalFigures(): ProvisionalFigures[] {
  const found = new Map<string, ProvisionalFigures>();
  for (const [id, norm] of Object.entries(norms)) {
    for (const value of norm.values) {
      const provisional = provisionalKind(value);
      if (!provisional) continue;
      const group = id.split('.')[0]!;
      const validTo = 'validTo' in value ? value.validTo : undefined;
      const key = `${group} ${provisional} ${value.validFrom} ${validTo ?? ''}`;
      if (!found.has(key)) found.set(key, { group, provisional, validFrom: value.validFrom, ...(validTo ? { validTo } : {}) });
    }
  }
  return [...found.values()];
}
