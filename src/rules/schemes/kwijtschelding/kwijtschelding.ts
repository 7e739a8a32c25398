/**
 * Kwijtschelding gemeentelijke belastingen
 *
 * Wie geen betalingscapaciteit en geen vermogen heeft, hoeft afvalstoffenheffing en rioolheffing
 * niet te betalen (Uitvoeringsregeling Invorderingswet 1990, art. 11–16). Heemskerk rekent met 100%
 * van de bijstandsnorm als kosten van bestaan (begroting 2019; de huidige verordening is niet
 * gevonden). Kwijtschelding is er voor wat overblijft nadat het vermogen en 80% van de
 * betalingscapaciteit van een jaar voor de aanslag zijn gebruikt (art. 11). Dekken die de hele
 * aanslag, dan is er geen kwijtschelding; dekken ze een deel, dan gedeeltelijke: "vraag het aan".
 *
 * ⚠️ Niet gevraagd: de zorgpremie, de ontvangen huurtoeslag, de hypotheekrente en de overwaarde van
 * een koophuis. Woonlasten en zorgpremie gaan van het inkomen af en verhogen het vrijgelaten
 * vermogen (art. 12 lid 2 d, art. 15 b en c); de check trekt daarom de hele kale huur (tot de
 * maximale huurgrens) en de standaardpremie af: zo is een "nee" nooit te vroeg. De aanslag is die
 * van 2024 (de tarieven van 2026 zijn niet gevonden).
 */
import { bijstandsnorm, type Bijstandsnorm } from '../../household/bijstandsnorm';
import type { Household } from '../../household/household';
import { inkomensraming } from '../../household/inkomensraming';
import { vergelijkVermogen, woontInHeemskerk } from '../../engine/conditions';
import { MAANDEN_PER_JAAR, procentVan } from '../../engine/money';
import type { CheckResult, RuleContext, Scheme } from '../../engine/types';

const KEY = 'schemes.kwijtschelding.reasons';

function kostenVanBestaan(norm: Bijstandsnorm, context: RuleContext): number {
  return Math.round(procentVan(norm.bedrag, context.norm('kwijtschelding.kostenVanBestaan').value));
}

/**
 * The most a household can deduct each month for rent and health insurance (art. 15 b and c), or
 * null when the rent is not known. Homeowners' mortgage interest is not asked: none is deducted,
 * so their capacity is never said to cover the tax.
 */
function hoogsteUitgaven(h: Household, context: RuleContext): number | null {
  const verzekerden = 1 + (h.partner ? 1 : 0);
  const zorgpremie = Math.round((verzekerden * context.norm('zorgtoeslag.standaardpremie').value) / MAANDEN_PER_JAAR);
  if (h.woonsituatie !== 'huur') return zorgpremie;
  if (h.huurPerMaand === null) return null;
  return zorgpremie + Math.min(h.huurPerMaand, context.norm('huurtoeslag.maximaleHuurgrens').value);
}

function aanslag(h: Household, context: RuleContext): number {
  const alleen = h.partner === null && h.kinderen.length === 0 && h.kostendelers === 0;
  return context.norm(alleen ? 'kwijtschelding.aanslag.eenpersoons' : 'kwijtschelding.aanslag.meerpersoons').value;
}

function betalingscapaciteit(h: Household, context: RuleContext): CheckResult {
  const norm = bijstandsnorm(h, context);
  if (!norm) return { verdict: 'fail', key: 'reasons.inkomen.geenNorm' };
  const percentage = context.norm('kwijtschelding.kostenVanBestaan').value;
  const grens = kostenVanBestaan(norm, context);
  const params = { grens: { money: grens }, percentage: { percent: percentage }, huishouden: { term: norm.huishouden }, personen: norm.kostendelers ?? 0 };
  const raming = inkomensraming(h, context);
  if (raming === null) return { verdict: 'unknown', key: 'reasons.inkomen.unknown', params, missing: ['inkomen'] };
  // Art. 13: the income expected on average over twelve months, so with its holiday pay.
  const inkomen = raming.netto + Math.round(raming.vakantiegeld);
  const metInkomen = { ...params, inkomen: { money: inkomen } };
  if (inkomen <= grens) return { verdict: 'pass', key: `${KEY}.betalingscapaciteit.pass`, params: metInkomen };
  const uitgaven = hoogsteUitgaven(h, context);
  const belasting = aanslag(h, context);
  const deel = context.norm('kwijtschelding.betalingscapaciteit').value;
  const perJaar = uitgaven === null || h.woonsituatie === 'koop' ? 0 : Math.round(procentVan(Math.max(inkomen - grens - uitgaven, 0) * MAANDEN_PER_JAAR, deel));
  if (perJaar >= belasting) {
    return { verdict: 'fail', key: `${KEY}.betalingscapaciteit.fail`, params: { ...metInkomen, uitgaven: { money: uitgaven! }, capaciteit: { money: perJaar }, deel: { percent: deel }, aanslag: { money: belasting } } };
  }
  return { verdict: 'unknown', key: `${KEY}.betalingscapaciteit.unknown`, params: metInkomen };
}

/**
 * Art. 12: savings count above the kosten van bestaan plus a month of rent and health insurance;
 * the equity in an owner-occupied home counts too. What counts is spent on the tax first.
 */
function vermogen(h: Household, context: RuleContext): CheckResult | null {
  const norm = bijstandsnorm(h, context);
  if (!norm) return null;
  const uitgaven = hoogsteUitgaven(h, context);
  const vrij = kostenVanBestaan(norm, context) + (uitgaven ?? 0);
  const belasting = aanslag(h, context);
  if (h.vermogen !== null && h.vermogen - vrij >= belasting) {
    return { verdict: 'fail', key: `${KEY}.vermogen.fail`, params: { vermogen: { money: h.vermogen }, grens: { money: vrij }, aanslag: { money: belasting } } };
  }
  if (h.woonsituatie === 'koop') return { verdict: 'unknown', key: `${KEY}.vermogen.eigenWoning`, params: { aanslag: { money: belasting } } };
  return vergelijkVermogen(h, vrij, `${KEY}.vermogen`, 'unknown');
}

export const kwijtschelding: Scheme = {
  id: 'kwijtschelding',
  kind: 'regeling',
  level: 'gemeente',
  sourceIds: ['uri1990.art11', 'uri1990.art16', 'heemskerk.kwijtscheldingsbeleid'],
  conditions: [
    woontInHeemskerk('heemskerk.kwijtscheldingsbeleid'),
    { id: 'betalingscapaciteit', sourceId: 'uri1990.art11', check: betalingscapaciteit },
    { id: 'vermogen', sourceId: 'uri1990.art11', check: vermogen },
  ],
  toBring: ['aanslagBelastingen', 'bankafschriften', 'inkomensspecificatie', 'huurspecificatie', 'toeslagenbeschikking'],
  applyAt: ['gemeenteHeemskerkBelastingen'],
};
