import { describe, expect, it } from 'vitest';
import { titled } from '../../../tests/fixtures/rules';
import { NormNotInForceError, getNorm } from './getNorm';

describe('getNorm', () => {
  const halves = [
    { peildatum: '2026-01-01', value: 140150, validFrom: '2026-01-01', validTo: '2026-06-30' },
    { peildatum: '2026-06-30', value: 140150, validFrom: '2026-01-01', validTo: '2026-06-30' },
    { peildatum: '2026-07-01', value: 141946, validFrom: '2026-07-01', validTo: '2026-12-31' },
    { peildatum: '2026-12-31', value: 141946, validFrom: '2026-07-01', validTo: '2026-12-31' },
  ];
  it.each(titled(halves, (c) => `on ${c.peildatum} the single norm is ${c.value} cents, valid from ${c.validFrom}`))('%s', (_, { peildatum, value, validFrom, validTo }) => {
    expect(getNorm('bijstandsnorm.alleenstaande', peildatum)).toEqual({
      id: 'bijstandsnorm.alleenstaande',
      value,
      unit: 'eurocent/maand',
      validFrom,
      validTo,
      sourceId: validFrom === '2026-01-01' ? 'normenbrief.2026-01-01' : 'participatiewet.art21',
      verified: true,
    });
  });

  it('reports a figure that could not be verified', () => {
    expect(getNorm('bijstandsnorm.gehuwdenEenAow', '2026-06-30').verified).toBe(true);
    expect(getNorm('bijstandsnorm.gehuwdenEenAow', '2026-07-01').verified).toBe(false);
  });

  it('marks a 2026 figure kept for 2027 as carried forward, and unverified', () => {
    expect(getNorm('bijstandsnorm.alleenstaande', '2027-01-01')).toMatchObject({ value: 141946, validFrom: '2027-01-01', verified: false, provisional: 'carriedForward' });
  });

  it('marks a 2027 budget figure (a source of confidence D) as a draft', () => {
    expect(getNorm('kindgebondenBudget.perKind', '2027-01-01')).toMatchObject({ value: 265300, sourceId: 'szw.begroting2027', verified: false, provisional: 'draft' });
  });

  it('gives a figure read in the law no provisional mark', () => {
    expect(getNorm('bijstandsnorm.alleenstaande', '2026-07-01')).not.toHaveProperty('provisional');
  });

  it('gives an open-ended figure without validTo', () => {
    const norm = getNorm('kindpakket.inkomensgrens', '2030-01-01');
    expect(norm).toMatchObject({ value: 110, validFrom: '2023-06-01' });
    expect(norm).not.toHaveProperty('validTo');
  });

  it.each(['2025-12-31', '2028-01-01'])('throws NormNotInForceError on %s, outside every value', (peildatum) => {
    const read = () => getNorm('bijstandsnorm.alleenstaande', peildatum);
    expect(read).toThrow(NormNotInForceError);
    expect(read).toThrow(expect.objectContaining({ normId: 'bijstandsnorm.alleenstaande', peildatum }));
  });

  it('throws before a figure starts even when it has no end', () => {
    expect(() => getNorm('kindpakket.inkomensgrens', '2023-05-31')).toThrow(NormNotInForceError);
  });
});
