/**
 * Kindgebonden budget (Wet op het kindgebonden budget, art. 2)
 *
 * Een bedrag per jaar per kind jonger dan 18, met een verhoging voor kinderen van 12 tot en met 15
 * en van 16 en 17 jaar, en de alleenstaande-ouderkop voor wie geen toeslagpartner heeft. Boven het
 * grensinkomen gaat er een percentage van het inkomen daarboven af. Niets boven de vermogensgrens.
 *
 * ⚠️ Aangenomen, niet gevraagd: u krijgt kinderbijslag voor elk kind dat bij u woont (dat is de
 * voorwaarde), en de kinderen zijn het hele jaar even oud (de wet rekent per maand).
 */
import { verblijfsstatus } from '../engine/conditions';
import { heleCenten, heleEuros, heleEurosOmlaag, MAANDEN_PER_JAAR, procentVan } from '../engine/money';
import { inkomenToeslag, toeslagBedrag, vermogenToeslag, type Berekening } from '../engine/toeslag';
import type { CalculationStep, Scheme } from '../engine/types';

const KEY = 'amounts.steps.kindgebondenBudget';

export const berekenKindgebondenBudget: Berekening = (h, context, inkomen) => {
  const aantal = h.kinderen.length;
  if (aantal === 0) return null;
  const partner = h.partner !== null;
  const perKind = context.norm('kindgebondenBudget.perKind').value;
  const vanaf12 = context.norm('kindgebondenBudget.leeftijdEersteVerhoging').value;
  const vanaf16 = context.norm('kindgebondenBudget.leeftijdTweedeVerhoging').value;
  const verhoging12 = context.norm('kindgebondenBudget.verhoging12tot15').value;
  const verhoging16 = context.norm('kindgebondenBudget.verhoging16en17').value;
  const ouderkop = partner ? 0 : context.norm('kindgebondenBudget.alleenstaandeOuderkop').value;
  const drempel = context.norm(partner ? 'kindgebondenBudget.drempel.partner' : 'kindgebondenBudget.drempel.alleenstaande').value;
  const afbouwPercentage = context.norm('kindgebondenBudget.afbouw').value;

  const tieners = h.kinderen.filter((k) => k.leeftijd >= vanaf12 && k.leeftijd < vanaf16).length;
  const ouderen = h.kinderen.filter((k) => k.leeftijd >= vanaf16).length;
  const maximum = aantal * perKind + tieners * verhoging12 + ouderen * verhoging16 + ouderkop;
  const boven = Math.max(inkomen - drempel, 0);
  const vermindering = procentVan(boven, afbouwPercentage);
  const exact = Math.max(maximum - vermindering, 0);

  const steps: CalculationStep[] = [{ key: `${KEY}.perKind`, params: { aantal, perKind: { money: perKind }, bedrag: { money: aantal * perKind } } }];
  if (tieners > 0) steps.push({ key: `${KEY}.verhoging12`, params: { aantal: tieners, perKind: { money: verhoging12 }, bedrag: { money: tieners * verhoging12 } } });
  if (ouderen > 0) steps.push({ key: `${KEY}.verhoging16`, params: { aantal: ouderen, perKind: { money: verhoging16 }, bedrag: { money: ouderen * verhoging16 } } });
  if (ouderkop > 0) steps.push({ key: `${KEY}.ouderkop`, params: { bedrag: { money: ouderkop } } });
  steps.push(
    boven > 0
      ? { key: `${KEY}.vermindering`, params: { drempel: { money: drempel }, boven: { money: boven }, percentage: { percent: afbouwPercentage }, bedrag: { money: heleCenten(vermindering) } } }
      : { key: `${KEY}.onderDrempel`, params: { drempel: { money: drempel } } },
  );
  const perJaar = heleEuros(exact);
  const perMaand = heleEurosOmlaag(exact / MAANDEN_PER_JAAR);
  steps.push(
    boven > 0
      ? { key: `${KEY}.uitkomst`, params: { maximum: { money: maximum }, vermindering: { money: heleCenten(vermindering) }, perJaar: { money: perJaar } } }
      : { key: `${KEY}.totaal`, params: { perJaar: { money: perJaar } } },
  );
  if (perJaar > 0) steps.push({ key: 'amounts.steps.perMaand', params: { perMaand: { money: perMaand } } });
  return { perJaar, perMaand, steps };
};

export const kindgebondenBudget: Scheme = {
  id: 'kindgebondenBudget',
  kind: 'regeling',
  level: 'rijk',
  sourceIds: ['kindgebondenBudget.2026', 'awir.vermogen'],
  conditions: [
    {
      id: 'kinderen',
      sourceId: 'kindgebondenBudget.2026',
      check: (h) => {
        const verdict = h.kinderen.length > 0 ? 'pass' : 'fail';
        return { verdict, key: `schemes.kindgebondenBudget.reasons.kinderen.${verdict}`, params: { aantal: h.kinderen.length }, minor: verdict === 'pass' };
      },
      describe: () => ({ key: 'schemes.kindgebondenBudget.conditions.kinderen' }),
    },
    inkomenToeslag('kindgebondenBudget', 'kindgebondenBudget.2026', berekenKindgebondenBudget),
    vermogenToeslag('kindgebondenBudget', 'awir.vermogen', { alleenstaande: 'toeslagen.vermogensgrens.alleenstaande', partner: 'toeslagen.vermogensgrens.partner' }),
    verblijfsstatus('verblijf.kindgebondenBudget', 'kindgebondenBudget'),
  ],
  amount: toeslagBedrag(berekenKindgebondenBudget),
  toBring: ['digid', 'jaaropgaaf'],
  applyAt: ['dienstToeslagen'],
};
