/**
 * The last day every figure in norms.ts is valid, as a plain constant: the first screen shows it in
 * the footer and must not have to download all the figures for that. tests/invariants/norms.test.ts
 * fails when it differs from `normsValidUntil()`, so update it with the half-yearly norms review.
 */
export const NORMS_VALID_UNTIL = '2026-12-31';
