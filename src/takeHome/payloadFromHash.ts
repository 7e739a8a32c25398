/**
 * Where a take-home link keeps its payload: after `#uitslag=`. Apart from the decoder
 * (resultsPayload.ts), because every start asks whether there is one and only a link needs zod.
 */
export const PAYLOAD_PARAM = 'uitslag';

/** The payload in a location hash, if there is one. */
export function payloadFromHash(hash: string): string | null {
  const match = new RegExp(`^#${PAYLOAD_PARAM}=(.+)$`).exec(hash);
  return match ? match[1]! : null;
}
