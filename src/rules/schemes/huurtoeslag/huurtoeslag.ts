/**
 * Huurtoeslag (Wet op de huurtoeslag, zoals vereenvoudigd per 1 januari 2026)
 *
 * Per maand: boven de basishuur (die betaalt iedereen zelf) wordt de kale huur vergoed in schijven,
 * 100% tot de kwaliteitskortingsgrens, 65% tot de aftoppingsgrens, 40% tot de maximale huurgrens;
 * huur daarboven telt niet mee, maar sluit niet meer uit. Boven het inkomensijkpunt gaat er een
 * percentage van het inkomen daarboven af (gedeeld door 12). Is iedereen in huis 18 tot en met
 * 20 jaar en zijn er geen kinderen, dan telt de huur alleen tot de jongerengrens.
 *
 * ⚠️ Niet te bepalen met deze vragen, en daarom "vraag het na": medebewoners (hun inkomen telt mee),
 * een woonsituatie "anders" (zelfstandige woonruimte is de voorwaarde). Aangenomen: wie huurt,
 * huurt een zelfstandige woning; het spaargeld is het vermogen op 1 januari; geen uitzondering
 * voor een handicap bij jongeren.
 */
import { minimumLeeftijd, verblijfsstatus } from '../../engine/conditions';
import { heleCenten, heleEurosOmlaag, MAANDEN_PER_JAAR, procentVan } from '../../engine/money';
import { inkomenToeslag, toeslagBedrag, vermogenToeslag, type Berekening } from '../../engine/toeslag';
import type { CalculationStep, RuleContext, Scheme } from '../../engine/types';
import { type Household, oudsteLeeftijd } from '../../household/household';

const KEY = 'amounts.steps.huurtoeslag';

/** Only part A counts when everyone in the house is under 21 and there are no children. */
function alleenJongeren(h: Household, context: RuleContext): boolean {
  const grens = context.norm('huurtoeslag.leeftijdVolledigeHuur').value;
  const oudste = oudsteLeeftijd(h);
  return oudste < grens && h.kinderen.length === 0;
}

/** The part of the rent between two limits, times the percentage that is paid of it. */
function schijf(huur: number, van: number, tot: number, percentage: number): number {
  return procentVan(Math.max(Math.min(huur, tot) - van, 0), percentage);
}

export const berekenHuurtoeslag: Berekening = (h, context, inkomen) => {
  if (h.woonsituatie !== 'huur' || h.huurPerMaand === null || h.kostendelers > 0) return null;
  const personen = 1 + (h.partner ? 1 : 0) + h.kinderen.length;
  const jongeren = alleenJongeren(h, context);
  const huurgrens = context.norm(jongeren ? 'huurtoeslag.huurgrensJongeren' : 'huurtoeslag.maximaleHuurgrens').value;
  const kwaliteitskortingsgrens = context.norm('huurtoeslag.kwaliteitskortingsgrens').value;
  const klein = personen <= context.norm('huurtoeslag.aftoppingsgrens.totPersonen').value;
  const aftoppingsgrens = context.norm(klein ? 'huurtoeslag.aftoppingsgrens.eenOfTwee' : 'huurtoeslag.aftoppingsgrens.drieOfMeer').value;
  const eenpersoons = personen === 1;
  const basishuur = context.norm(eenpersoons ? 'huurtoeslag.basishuur.eenpersoons' : 'huurtoeslag.basishuur.meerpersoons').value;
  const ijkpunt = context.norm(eenpersoons ? 'huurtoeslag.inkomensijkpunt.eenpersoons' : 'huurtoeslag.inkomensijkpunt.meerpersoons').value;
  const afbouwPercentage = context.norm(eenpersoons ? 'huurtoeslag.afbouw.eenpersoons' : 'huurtoeslag.afbouw.meerpersoons').value;

  const huur = h.huurPerMaand;
  const rekenhuur = Math.min(huur, huurgrens);
  const steps: CalculationStep[] = [{ key: `${KEY}.huur`, params: { huur: { money: huur } } }];
  if (jongeren) steps.push({ key: `${KEY}.jongeren`, params: { grens: { money: huurgrens }, leeftijd: context.norm('huurtoeslag.leeftijdVolledigeHuur').value } });
  else if (huur > huurgrens) steps.push({ key: `${KEY}.bovenHuurgrens`, params: { grens: { money: huurgrens } } });
  steps.push({ key: `${KEY}.basishuur`, params: { basishuur: { money: basishuur } } });

  const delen = [
    { van: basishuur, tot: kwaliteitskortingsgrens, percentage: context.norm('huurtoeslag.vergoeding.totKwaliteitskortingsgrens').value },
    { van: Math.max(basishuur, kwaliteitskortingsgrens), tot: aftoppingsgrens, percentage: context.norm('huurtoeslag.vergoeding.totAftoppingsgrens').value },
    { van: Math.max(basishuur, aftoppingsgrens), tot: huurgrens, percentage: context.norm('huurtoeslag.vergoeding.totHuurgrens').value },
  ];
  let vergoed = 0;
  for (const deel of delen) {
    const bedrag = schijf(rekenhuur, deel.van, deel.tot, deel.percentage);
    if (bedrag <= 0) continue;
    vergoed += bedrag;
    steps.push({ key: `${KEY}.schijf`, params: { van: { money: deel.van }, tot: { money: Math.min(rekenhuur, deel.tot) }, percentage: { percent: deel.percentage }, bedrag: { money: heleCenten(bedrag) } } });
  }
  if (heleEurosOmlaag(vergoed) === 0) {
    return { perJaar: 0, perMaand: 0, steps, waaromNul: { key: 'schemes.huurtoeslag.reasons.huurTeLaag', params: { huur: { money: huur }, basishuur: { money: basishuur } } } };
  }

  const boven = Math.max(inkomen - ijkpunt, 0);
  const afbouw = procentVan(boven, afbouwPercentage) / MAANDEN_PER_JAAR;
  steps.push(
    boven > 0
      ? { key: `${KEY}.afbouw`, params: { ijkpunt: { money: ijkpunt }, boven: { money: boven }, percentage: { percent: afbouwPercentage }, bedrag: { money: heleCenten(afbouw) } } }
      : { key: `${KEY}.onderIjkpunt`, params: { ijkpunt: { money: ijkpunt } } },
  );
  const perMaand = heleEurosOmlaag(Math.max(vergoed - afbouw, 0));
  steps.push({ key: `${KEY}.uitkomst`, params: { vergoed: { money: heleCenten(vergoed) }, afbouw: { money: heleCenten(afbouw) }, perMaand: { money: perMaand } } });
  return { perJaar: perMaand * MAANDEN_PER_JAAR, perMaand, steps };
};

export const huurtoeslag: Scheme = {
  id: 'huurtoeslag',
  kind: 'regeling',
  level: 'rijk',
  sourceIds: ['huurtoeslag.2026'],
  conditions: [
    minimumLeeftijd('huurtoeslag.2026', 'huurtoeslag.minimumleeftijd'),
    {
      id: 'huurwoning',
      sourceId: 'huurtoeslag.2026',
      check: (h) => {
        const key = 'schemes.huurtoeslag.reasons.huurwoning';
        if (h.woonsituatie === 'huur') return { verdict: 'pass', key: `${key}.pass`, minor: true };
        return h.woonsituatie === 'anders' ? { verdict: 'unknown', key: `${key}.unknown` } : { verdict: 'fail', key: `${key}.fail` };
      },
      describe: () => ({ key: 'schemes.huurtoeslag.conditions.huurwoning' }),
    },
    {
      id: 'huur',
      sourceId: 'huurtoeslag.2026',
      check: (h) => (h.woonsituatie === 'huur' && h.huurPerMaand === null ? { verdict: 'unknown', key: 'schemes.huurtoeslag.reasons.huurOnbekend', missing: ['huur'] } : null),
    },
    {
      id: 'medebewoners',
      sourceId: 'huurtoeslag.2026',
      check: (h) => (h.kostendelers > 0 ? { verdict: 'unknown', key: 'schemes.huurtoeslag.reasons.medebewoners', params: { aantal: h.kostendelers } } : null),
    },
    inkomenToeslag('huurtoeslag', 'huurtoeslag.2026', berekenHuurtoeslag),
    vermogenToeslag('huurtoeslag', 'huurtoeslag.2026', { alleenstaande: 'huurtoeslag.vermogensgrens.alleenstaande', partner: 'huurtoeslag.vermogensgrens.partner' }),
    verblijfsstatus('verblijf.huurtoeslag', 'toeslag'),
  ],
  amount: toeslagBedrag(berekenHuurtoeslag),
  toBring: ['digid', 'jaaropgaaf', 'huurspecificatie'],
  applyAt: ['dienstToeslagen'],
};
