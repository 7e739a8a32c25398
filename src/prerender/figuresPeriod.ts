import { norms } from '../rules';

const DAY = 86_400_000;
const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const FOREVER = '9999-12-31';

/**
 * The days around `peildatum` on which no figure changes. A page prerendered on the build date
 * shows the same amounts to anyone whose peildatum falls in this period, so only then can the app
 * take over the prerendered page as it is (main.tsx).
 */
export function figuresPeriod(peildatum: string): { from: string; until: string } {
  let from = '0000-01-01';
  let until = FOREVER;
  for (const { validFrom, validTo = FOREVER } of Object.values(norms).flatMap((norm) => norm.values as readonly { validFrom: string; validTo?: string }[])) {
    if (validTo < peildatum) from = [from, shift(validTo, 1)].sort().at(-1)!;
    else if (validFrom > peildatum) until = [until, shift(validFrom, -1)].sort()[0]!;
    else {
      from = [from, validFrom].sort().at(-1)!;
      until = [until, validTo].sort()[0]!;
    }
  }
  return { from, until };
}
