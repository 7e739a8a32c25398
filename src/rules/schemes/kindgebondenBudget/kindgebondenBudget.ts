/**
 * Kindgebonden budget (Wet op het kindgebonden budget, art. 2)
 *
 * Een bedrag per jaar per kind jonger dan 18, met een verhoging voor kinderen van 12 tot en met 15
 * en van 16 en 17 jaar, en de alleenstaande-ouderkop voor wie geen toeslagpartner heeft. Boven het
 * grensinkomen gaat er een percentage van het inkomen daarboven af; vanaf 2027 boven een tweede
 * knikpunt een hoger percentage (begroting 2027, nog een wetsvoorstel). Niets boven de vermogensgrens.
 *
 * ⚠️ Aangenomen, niet gevraagd: u krijgt kinderbijslag voor elk kind dat bij u woont (dat is de
 * voorwaarde), en de kinderen zijn het hele jaar even oud (de wet rekent per maand).
 */
import { verblijfsstatus } from '../../engine/conditions';
import { dated } from '../../engine/dated';
import { heleCenten, heleEuros, heleEurosOmlaag, MAANDEN_PER_JAAR, procentVan } from '../../engine/money';
import { inkomenToeslag, toeslagBedrag, vermogenToeslag, type Berekening } from '../../engine/toeslag';
import type { CalculationStep, RuleContext, Scheme } from '../../engine/types';

const KEY = 'amounts.steps.kindgebondenBudget';

type Vermindering = { bedrag: number; step: CalculationStep };

/** One afbouw percentage over everything above the drempel. */
function eenBand(inkomen: number, drempel: number, context: RuleContext): Vermindering {
  const boven = inkomen - drempel;
  const percentage = context.norm('kindgebondenBudget.afbouw').value;
  const bedrag = procentVan(boven, percentage);
  return { bedrag, step: { key: `${KEY}.vermindering`, params: { drempel: { money: drempel }, boven: { money: boven }, percentage: { percent: percentage }, bedrag: { money: heleCenten(bedrag) } } } };
}

/**
 * From 2027 a second, steeper band above the knikpunt (the same for singles and couples). Below
 * the knikpunt nothing changes but the percentage, so a household under it gets the one-band step.
 */
function tweeBanden(inkomen: number, drempel: number, context: RuleContext): Vermindering {
  const knikpunt = context.norm('kindgebondenBudget.knikpunt').value;
  if (inkomen <= knikpunt) return eenBand(inkomen, drempel, context);
  const percentage = context.norm('kindgebondenBudget.afbouw').value;
  const percentageBoven = context.norm('kindgebondenBudget.afbouwBovenKnikpunt').value;
  // A drempel above the knikpunt would leave the first band empty, not negative.
  const eerste = procentVan(Math.max(knikpunt - drempel, 0), percentage);
  const boven = inkomen - Math.max(knikpunt, drempel);
  const tweede = procentVan(boven, percentageBoven);
  return {
    bedrag: eerste + tweede,
    step: {
      key: `${KEY}.verminderingTweeBanden`,
      params: {
        drempel: { money: drempel },
        knikpunt: { money: knikpunt },
        percentage: { percent: percentage },
        eerste: { money: heleCenten(eerste) },
        boven: { money: boven },
        percentageBoven: { percent: percentageBoven },
        tweede: { money: heleCenten(tweede) },
        bedrag: { money: heleCenten(eerste + tweede) },
      },
    },
  };
}

const vermindering = dated({ '2026-01-01': eenBand, '2027-01-01': tweeBanden });

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

  const tieners = h.kinderen.filter((k) => k.leeftijd >= vanaf12 && k.leeftijd < vanaf16).length;
  const ouderen = h.kinderen.filter((k) => k.leeftijd >= vanaf16).length;
  const maximum = aantal * perKind + tieners * verhoging12 + ouderen * verhoging16 + ouderkop;
  const afbouw = inkomen > drempel ? vermindering(context.peildatum)(inkomen, drempel, context) : null;
  const exact = Math.max(maximum - (afbouw?.bedrag ?? 0), 0);

  const steps: CalculationStep[] = [{ key: `${KEY}.perKind`, params: { aantal, perKind: { money: perKind }, bedrag: { money: aantal * perKind } } }];
  if (tieners > 0) steps.push({ key: `${KEY}.verhoging12`, params: { aantal: tieners, vanaf: vanaf12, tot: vanaf16 - 1, perKind: { money: verhoging12 }, bedrag: { money: tieners * verhoging12 } } });
  if (ouderen > 0) steps.push({ key: `${KEY}.verhoging16`, params: { aantal: ouderen, vanaf: vanaf16, perKind: { money: verhoging16 }, bedrag: { money: ouderen * verhoging16 } } });
  if (ouderkop > 0) steps.push({ key: `${KEY}.ouderkop`, params: { bedrag: { money: ouderkop } } });
  steps.push(afbouw ? afbouw.step : { key: `${KEY}.onderDrempel`, params: { drempel: { money: drempel } } });
  const perJaar = heleEuros(exact);
  const perMaand = heleEurosOmlaag(exact / MAANDEN_PER_JAAR);
  steps.push(
    afbouw
      ? { key: `${KEY}.uitkomst`, params: { maximum: { money: maximum }, vermindering: { money: heleCenten(afbouw.bedrag) }, perJaar: { money: perJaar } } }
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
