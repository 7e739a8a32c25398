/**
 * The peildatum for this visit: today, unless the figures in the app have run out. Then the check
 * uses the last day its figures are valid for and says so, rather than failing or guessing.
 */
export function choosePeildatum(today: Date, validUntil: string): { peildatum: string; outdated: boolean } {
  const iso = isoDate(today);
  return iso > validUntil ? { peildatum: validUntil, outdated: true } : { peildatum: iso, outdated: false };
}

/** The device's local date as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
