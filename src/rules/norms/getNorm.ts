/**
 * Reads the value of a norm that applies on a peildatum, with what an explanation needs to cite it.
 */
import type { NormUse } from '../engine/types';
import { norms, type NormId } from './norms';

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
  return {
    id,
    value: found.value,
    unit: norm.unit,
    validFrom: found.validFrom,
    ...('validTo' in found && found.validTo ? { validTo: found.validTo } : {}),
    sourceId: found.sourceId,
    verified: found.verified,
  };
}

/** The last day on which every norm has a value: after it the app must say its figures are out of date. */
export function normsValidUntil(): string {
  let earliest = '9999-12-31';
  for (const norm of Object.values(norms)) {
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
