/**
 * The gross yearly income estimated from the net monthly income, with the 2026 loonheffing rules per
 * kind of income, against the worked examples of ../shared/reference/loonheffing-2026.md §4 (published
 * Belastingdienst table rows, SVB AOW amounts, the SZW normenbrief's estimate for bijstand, and the
 * examples computed there with the official formulas). The rules compute continuously (no € 54 table
 * step, no rounding to whole euros), so they may differ from a payslip by at most € 1 a month in gross:
 * `TOLERANTIE` is € 12 a year.
 */
import { describe, expect, it } from 'vitest';
import { PEILDATUM, PEILDATUM_H1, alleenstaande, context, neutraal, paar } from '../../../tests/fixtures/rules';
import { euro } from '../../../tests/fixtures/toeslagen';
import type { Household } from './household';
import { inkomensraming } from './inkomensraming';
import { brutoPerJaar, nettoPerJaar, tarieven, type Loonheffingsgroep } from './loonheffing';

const TOLERANTIE = euro(12);

const met = (h: Household, inkomen: Partial<Household['inkomen']>, changes: Partial<Household> = {}): Household => ({
  ...h,
  inkomen: { werk: 0, uitkering: 0, pensioen: 0, overig: 0, ...inkomen },
  ...changes,
});

describe('loonheffing 2026, gross → net: the Belastingdienst white and green table rows (loonheffing-2026.md §2.6)', () => {
  it.each([
    ['loon', 999, 13.83],
    ['loon', 1998, 61.25],
    ['loon', 2646, 245.67],
    ['loon', 2997, 386.83],
    ['loon', 3996, 818.67],
    ['loon', 5499, 1577.17],
    ['loon', 8001, 2921.17],
  ] as const)('%s: € %s a month gross, € %s withheld (to the euro)', (groep, bruto, ingehouden) => {
    const netto = nettoPerJaar(groep as Loonheffingsgroep, euro(bruto * 12), tarieven(context(PEILDATUM_H1))) / 12;
    expect(Math.abs(euro(bruto) - netto - euro(ingehouden))).toBeLessThan(euro(1));
  });

  it('a full AOW: only the Zvw-bijdrage is withheld, 95,15% net, as the SVB pays (€ 1.637,57 → € 1.558,15)', () => {
    expect(Math.round(nettoPerJaar('aow', euro(1637.57), tarieven(context(PEILDATUM_H1))))).toBe(euro(1558.15));
  });

  it('a pension below the first bracket limit: 77,3% net (17,85% tax, 4,85% Zvw)', () => {
    expect(nettoPerJaar('pensioen', euro(12000), tarieven(context()))).toBeCloseTo(euro(12000) * 0.773, 0);
  });

  it('net rises strictly with gross for every group, so every net has one gross', () => {
    for (const groep of ['loon', 'loonAow', 'uitkering', 'aow', 'pensioen'] as const) {
      let vorige = -1;
      for (let bruto = 0; bruto <= euro(150000); bruto += euro(1000)) {
        const netto = nettoPerJaar(groep, bruto, tarieven(context()));
        expect(netto, `${groep} at ${bruto}`).toBeGreaterThan(vorige);
        vorige = netto;
        expect(Math.abs(nettoPerJaar(groep, brutoPerJaar(groep, netto, tarieven(context())), tarieven(context())) - netto)).toBeLessThan(1);
      }
    }
  });
});

type Voorbeeld = { id: string; household: Household; peildatum: string; bruto: number };

/** loonheffing-2026.md §4.1 (published figures) and §4.2 (computed with the official formulas). */
const VOORBEELDEN: Voorbeeld[] = [
  { id: 'employee-net1500-incl-vg', household: met(alleenstaande(), { werk: euro(1500) }), peildatum: PEILDATUM, bruto: euro(19951.92) },
  { id: 'employee-net2200-incl-vg', household: met(alleenstaande(), { werk: euro(2200) }), peildatum: PEILDATUM, bruto: euro(30162.2) },
  { id: 'employee-net3000-incl-vg', household: met(alleenstaande(), { werk: euro(3000) }), peildatum: PEILDATUM, bruto: euro(47453.04) },
  { id: 'employee-net4000-incl-vg', household: met(alleenstaande(), { werk: euro(4000) }), peildatum: PEILDATUM, bruto: euro(73313.68) },
  { id: 'employee-table-3996-incl-vg', household: met(alleenstaande(), { werk: euro(3177.33) }), peildatum: PEILDATUM, bruto: euro(51788.16) },
  { id: 'benefit-ww-net1600-incl-vg', household: met(alleenstaande(), { uitkering: euro(1600) }), peildatum: PEILDATUM, bruto: euro(27036.76) },
  { id: 'aow-single-2026-01', household: met(alleenstaande(68), { pensioen: euro(1558.15) }), peildatum: PEILDATUM_H1, bruto: euro(20929.44) },
  { id: 'aow-single-2026-07', household: met(alleenstaande(68), { pensioen: euro(1581.55) }), peildatum: PEILDATUM, bruto: euro(21203.28) },
  { id: 'aow-couple-2026-01 (both)', household: met(paar(68, 70), { pensioen: euro(2135.4) }), peildatum: PEILDATUM_H1, bruto: euro(28757.28) },
  { id: 'aow-couple-2026-07 (both)', household: met(paar(68, 70), { pensioen: euro(2168.26) }), peildatum: PEILDATUM, bruto: euro(29141.76) },
  { id: 'aow-single-plus-pension300', household: met(alleenstaande(68), { pensioen: euro(1790.6) }), peildatum: PEILDATUM_H1, bruto: euro(24529.44) },
  { id: 'aow-single-plus-pension800', household: met(alleenstaande(68), { pensioen: euro(2177.18) }), peildatum: PEILDATUM_H1, bruto: euro(30529.44) },
  { id: 'aow-couple-plus-pension800', household: met(paar(68, 70), { pensioen: euro(2754.43) }), peildatum: PEILDATUM_H1, bruto: euro(38357.28) },
  // SZW normenbrief 1-1-2026 bijlage VII: a year of bijstand at the January norm is € 21.327 taxable income (single), € 13.848 per partner.
  { id: 'benefit-bijstand-single', household: met(alleenstaande(), { uitkering: euro(1331.43) }, { ontvangtBijstand: true }), peildatum: PEILDATUM_H1, bruto: euro(21327) },
  { id: 'benefit-bijstand-couple (both)', household: met(paar(), { uitkering: euro(1902.02) }, { ontvangtBijstand: true }), peildatum: PEILDATUM_H1, bruto: euro(27696) },
];

describe('inkomensraming: the gross yearly income (holiday pay included) from the net monthly income, the worked examples of loonheffing-2026.md §4', () => {
  it.each(VOORBEELDEN.map((v) => [v.id, v] as const))('%s', (_, { household, peildatum, bruto }) => {
    const raming = inkomensraming(household, context(peildatum))!;
    expect(Math.abs(raming.brutoPerJaar - bruto), `estimated ${raming.brutoPerJaar}, published ${bruto}`).toBeLessThanOrEqual(TOLERANTIE);
  });

  it.each([
    ['employee-table-2700-excl-vg', 'loon', 2432.5, 32400],
    ['employee-table-3996-excl-vg', 'loon', 3177.33, 47952],
    ['employee-table-5499-excl-vg', 'loon', 3921.83, 65988],
    ['employee-net1500-excl-vg', 'loon', 1500, 18474],
    ['employee-net2200-excl-vg', 'loon', 2200, 27927.96],
    ['employee-net3000-excl-vg', 'loon', 3000, 43938],
    ['employee-net4000-excl-vg', 'loon', 4000, 67883.04],
    ['benefit-ww-net1600-excl-vg', 'uitkering', 1600, 25034.04],
  ] as const)('%s: without holiday pay, € %s net a month is € %s gross a year', (_, groep, netto, bruto) => {
    expect(Math.abs(brutoPerJaar(groep, euro(netto) * 12, tarieven(context())) - euro(bruto))).toBeLessThanOrEqual(TOLERANTIE);
  });

  it('is unknown when a part of the net income is unknown', () => {
    expect(inkomensraming(met(alleenstaande(), { werk: null }), context())).toBeNull();
  });

  it('no income is no gross income and no holiday pay', () => {
    expect(inkomensraming(neutraal, context())).toEqual({ netto: 0, vakantiegeld: 0, brutoPerJaar: 0 });
  });
});

describe('inkomensraming: the holiday pay that the bijstandsnorm includes and the monthly income does not (art. 19 lid 3 PW)', () => {
  it('bijstand: the 5% vakantietoeslag reserved from the norm: € 1.348,49 paid monthly is the norm of € 1.419,46', () => {
    const raming = inkomensraming(met(alleenstaande(), { uitkering: euro(1348.49) }, { ontvangtBijstand: true }), context())!;
    expect(Math.round(raming.netto + raming.vakantiegeld)).toBe(euro(1419.46));
  });

  it('wages: 8% of the gross wage once a year, net of tax: € 1.500 net a month brings about € 112 net holiday pay a month', () => {
    const raming = inkomensraming(met(alleenstaande(), { werk: euro(1500) }), context())!;
    // 8% of € 18.474 = € 1.477,92 gross; the marginal withholding there is about 4,7% (arbeidskorting phase-in).
    expect(raming.vakantiegeld).toBeGreaterThan(euro(105));
    expect(raming.vakantiegeld).toBeLessThan(euro(125));
  });

  it('a full AOW: the SVB vakantiegeld (€ 104,78 a month single from 1 July 2026), net of Zvw: € 99,70 a month', () => {
    const raming = inkomensraming(met(alleenstaande(68), { pensioen: euro(1581.55) }), context())!;
    expect(Math.abs(raming.vakantiegeld - euro(104.78 * 0.9515))).toBeLessThan(2);
  });

  it('a pension above the full AOW and other income bring no holiday pay', () => {
    const aow = inkomensraming(met(alleenstaande(68), { pensioen: euro(1581.55) }), context())!.vakantiegeld;
    expect(inkomensraming(met(alleenstaande(68), { pensioen: euro(2000) }), context())!.vakantiegeld).toBeCloseTo(aow, 0);
    expect(inkomensraming(met(alleenstaande(), { overig: euro(900) }), context())!.vakantiegeld).toBe(0);
  });

  it('a self-employed person gets no holiday pay on profit', () => {
    expect(inkomensraming(met(alleenstaande(), { werk: euro(1500) }, { ondernemer: true }), context())!.vakantiegeld).toBe(0);
  });
});
