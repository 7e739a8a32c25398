/**
 * Arithmetic on eurocents shared by the amount calculations, so every scheme rounds the same way.
 * Intermediate results keep their fractions of a cent; only these helpers round.
 */

export const MAANDEN_PER_JAAR = 12;

const CENTS_PER_EURO = 100;

/** A percentage as the regulation writes it (4.289 for 4,289%) of an amount in eurocents, unrounded. */
export function procentVan(cents: number, percentage: number): number {
  return (cents * percentage) / 100;
}

/** Whole cents, for showing an intermediate result in a calculation step. */
export function heleCenten(cents: number): number {
  return Math.round(cents);
}

/** Whole euros, half up: how the yearly toeslag amounts are published (zorgtoeslag € 1.550, € 2.963). */
export function heleEuros(cents: number): number {
  return Math.round(heleCenten(cents) / CENTS_PER_EURO) * CENTS_PER_EURO;
}

/**
 * Whole euros, rounded down: the monthly toeslag advance. Rounding to whole cents first keeps a
 * floating-point 42.999,9999 cents from losing a euro.
 */
export function heleEurosOmlaag(cents: number): number {
  return Math.floor(heleCenten(cents) / CENTS_PER_EURO) * CENTS_PER_EURO;
}
