import { describe, expect, it } from 'vitest';
import { norms } from '../rules';
import { figuresPeriod } from './figuresPeriod';

const values = Object.values(norms).flatMap((norm) => norm.values as readonly { validFrom: string; validTo?: string }[]);

describe('the period in which a prerendered page shows the same figures', () => {
  it('contains the build date and no day on which a figure starts or ends', () => {
    for (const peildatum of ['2026-01-01', '2026-03-15', '2026-06-30', '2026-07-01', '2026-12-31']) {
      const { from, until } = figuresPeriod(peildatum);
      expect(from <= peildatum && peildatum <= until, peildatum).toBe(true);
      for (const { validFrom, validTo } of values) {
        expect(validFrom > from && validFrom <= until, `${peildatum}: a figure starts on ${validFrom}`).toBe(false);
        if (validTo) expect(validTo >= from && validTo < until, `${peildatum}: a figure ends on ${validTo}`).toBe(false);
      }
    }
  });

  it('splits at the half-yearly change of the bijstandsnormen (1 July 2026)', () => {
    expect(figuresPeriod('2026-06-30').until).toBe('2026-06-30');
    expect(figuresPeriod('2026-07-01').from).toBe('2026-07-01');
  });
});
