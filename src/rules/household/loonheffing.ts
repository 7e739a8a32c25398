/**
 * Loonheffing 2026: what a payer withholds from a gross yearly income, per kind of income, and the
 * inverse, gross from net. Only used to estimate the toetsingsinkomen and the holiday pay of someone
 * who gave a net monthly income (household/inkomensraming.ts); figures in the norms (`loonheffing.*`).
 *
 * The forward formulas follow the Rekenvoorschriften 2026 per group (loonheffing-2026.md §2), but
 * continuously: no € 54 table step and no rounding to whole euros. So net rises strictly with gross and
 * every net amount has one gross (§3). That differs from a payslip by a few euros a month at most.
 */
import type { RuleContext } from '../engine/types';
import { procentVan } from '../engine/money';

export type Loonheffingsgroep =
  /** wages below AOW age, one employer applying the loonheffingskorting (white table) */
  | 'loon'
  /** wages at AOW age: the SVB applies the korting on the AOW, the employer withholds without it */
  | 'loonAow'
  /** WW, bijstand and other benefits below AOW age: korting, but no arbeidskorting (green table) */
  | 'uitkering'
  /** AOW (and AIO) paid by the SVB with the korting */
  | 'aow'
  /** a pension beside the AOW: no korting, Zvw withheld */
  | 'pensioen';

/** The figures, read once: the bisection below evaluates the formulas some thirty times. */
export type Tarieven = ReturnType<typeof tarieven>;

export function tarieven(context: RuleContext) {
  const n = (id: Parameters<RuleContext['norm']>[0]) => context.norm(id).value;
  return {
    grens1: n('loonheffing.schijf1.grens'),
    grens2: n('loonheffing.schijf2.grens'),
    tarief1: n('loonheffing.schijf1.tarief'),
    tarief1Aow: n('loonheffing.schijf1.tariefAow'),
    tarief2: n('loonheffing.schijf2.tarief'),
    tarief3: n('loonheffing.schijf3.tarief'),
    ahkMaximum: n('loonheffing.ahk.maximum'),
    ahkAfbouwVanaf: n('loonheffing.ahk.afbouwVanaf'),
    ahkAfbouw: n('loonheffing.ahk.afbouw'),
    akKnik1: n('loonheffing.arbeidskorting.knik1'),
    akKnik2: n('loonheffing.arbeidskorting.knik2'),
    akKnik3: n('loonheffing.arbeidskorting.knik3'),
    akPercentage1: n('loonheffing.arbeidskorting.percentage1'),
    akPercentage2: n('loonheffing.arbeidskorting.percentage2'),
    akPercentage3: n('loonheffing.arbeidskorting.percentage3'),
    akBasis2: n('loonheffing.arbeidskorting.basis2'),
    akBasis3: n('loonheffing.arbeidskorting.basis3'),
    akMaximum: n('loonheffing.arbeidskorting.maximum'),
    akAfbouw: n('loonheffing.arbeidskorting.afbouw'),
    zvw: n('loonheffing.zvw.bijdrage'),
  };
}

/** Tax and premiums before kortingen, per year, unrounded. */
function heffing(bruto: number, eersteSchijf: number, t: Tarieven): number {
  return (
    procentVan(Math.min(bruto, t.grens1), eersteSchijf) +
    procentVan(Math.min(Math.max(bruto - t.grens1, 0), t.grens2 - t.grens1), t.tarief2) +
    procentVan(Math.max(bruto - t.grens2, 0), t.tarief3)
  );
}

function algemeneHeffingskorting(bruto: number, t: Tarieven): number {
  return Math.max(t.ahkMaximum - procentVan(Math.max(bruto - t.ahkAfbouwVanaf, 0), t.ahkAfbouw), 0);
}

function arbeidskorting(bruto: number, t: Tarieven): number {
  if (bruto <= t.akKnik1) return procentVan(bruto, t.akPercentage1);
  if (bruto <= t.akKnik2) return t.akBasis2 + procentVan(bruto - t.akKnik1, t.akPercentage2);
  if (bruto <= t.akKnik3) return t.akBasis3 + procentVan(bruto - t.akKnik2, t.akPercentage3);
  return Math.max(t.akMaximum - procentVan(bruto - t.akKnik3, t.akAfbouw), 0);
}

/** Net per year (eurocents, unrounded) from gross per year for one group. */
export function nettoPerJaar(groep: Loonheffingsgroep, bruto: number, t: Tarieven): number {
  switch (groep) {
    case 'loon':
      return bruto - Math.max(heffing(bruto, t.tarief1, t) - algemeneHeffingskorting(bruto, t) - arbeidskorting(bruto, t), 0);
    case 'uitkering':
      return bruto - Math.max(heffing(bruto, t.tarief1, t) - algemeneHeffingskorting(bruto, t), 0);
    case 'loonAow':
      return bruto - heffing(bruto, t.tarief1Aow, t);
    // The kortingen at AOW age (€ 4.163 single, € 3.623 with a partner) exceed the tax on a full AOW
    // (about € 3.500 / € 2.400), so only the Zvw-bijdrage is withheld: net = 95,15% of gross, which
    // reproduces the SVB's net amounts to the cent (§2.4).
    case 'aow':
      return bruto - procentVan(bruto, t.zvw);
    // ⚠️ The Zvw-bijdrage has a maximum income (€ 79.409); a pension that high is far above every
    // limit in this check, so it is not applied.
    case 'pensioen':
      return bruto - heffing(bruto, t.tarief1Aow, t) - procentVan(bruto, t.zvw);
  }
}

/** The gross yearly income (whole eurocents) whose net is `netto`, by bisection: net rises strictly with gross. */
export function brutoPerJaar(groep: Loonheffingsgroep, netto: number, t: Tarieven): number {
  if (netto <= 0) return 0;
  // Net is never more than gross, and withholding never takes two thirds. Whole cents, so the
  // bisection ends.
  let laag = Math.floor(netto);
  let hoog = Math.ceil(netto * 3);
  while (hoog - laag > 1) {
    const midden = Math.floor((laag + hoog) / 2);
    if (nettoPerJaar(groep, midden, t) < netto) laag = midden;
    else hoog = midden;
  }
  return nettoPerJaar(groep, laag, t) >= netto ? laag : hoog;
}
