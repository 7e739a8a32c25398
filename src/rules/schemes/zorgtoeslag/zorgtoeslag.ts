/**
 * Zorgtoeslag (Wet op de zorgtoeslag)
 *
 * Een bijdrage in de zorgpremie. De toeslag is de standaardpremie (per verzekerde, met partner
 * twee keer) min de normpremie: wat u zelf kunt betalen, een percentage van het drempelinkomen plus
 * een percentage van het inkomen daarboven. Boven de inkomensgrens of de vermogensgrens niets.
 * Het jaarbedrag wordt eerst rekenkundig afgerond op hele euro's en pas dat afgeronde bedrag moet
 * minstens € 24 zijn (Awir art. 14); het maandbedrag volgt uit het afgeronde jaarbedrag, zoals in de
 * tabel "Hoeveel zorgtoeslag krijg ik?" van Dienst Toeslagen. Aanvragen bij Dienst Toeslagen.
 *
 * ⚠️ Niet gevraagd en dus aangenomen: een Nederlandse zorgverzekering voor u en uw partner (zonder
 * verzekerde partner betaalt Dienst Toeslagen de helft), en dat het spaargeld het vermogen op
 * 1 januari is.
 */
import { minimumLeeftijd, verblijfsstatus } from '../../engine/conditions';
import { heleCenten, heleEuros, heleEurosOmlaag, MAANDEN_PER_JAAR, procentVan } from '../../engine/money';
import { inkomenToeslag, toeslagBedrag, vermogenToeslag, type Berekening } from '../../engine/toeslag';
import type { CalculationStep, Scheme } from '../../engine/types';

const KEY = 'amounts.steps.zorgtoeslag';

export const berekenZorgtoeslag: Berekening = (h, context, inkomen) => {
  const partner = h.partner !== null;
  const premie = context.norm('zorgtoeslag.standaardpremie').value;
  // The standaardpremie counts once for each insured person: with a toeslagpartner, twice.
  const standaardpremie = partner ? premie + premie : premie;
  const drempel = context.norm('zorgtoeslag.drempelinkomen').value;
  const normPercentage = context.norm(partner ? 'zorgtoeslag.normpremie.partner' : 'zorgtoeslag.normpremie.alleenstaande').value;
  const afbouwPercentage = context.norm('zorgtoeslag.afbouw').value;
  const maximum = context.norm(partner ? 'zorgtoeslag.maximumInkomen.partner' : 'zorgtoeslag.maximumInkomen.alleenstaande').value;

  const basis = procentVan(drempel, normPercentage);
  const boven = Math.max(inkomen - drempel, 0);
  const afbouw = procentVan(boven, afbouwPercentage);
  const normpremie = basis + afbouw;
  const exact = Math.max(standaardpremie - normpremie, 0);

  const steps: CalculationStep[] = [
    { key: partner ? `${KEY}.standaardpremiePartner` : `${KEY}.standaardpremie`, params: { premie: { money: premie }, totaal: { money: standaardpremie } } },
    { key: `${KEY}.normpremie`, params: { percentage: { percent: normPercentage }, drempel: { money: drempel }, bedrag: { money: heleCenten(basis) } } },
  ];
  if (boven > 0) {
    steps.push({ key: `${KEY}.afbouw`, params: { percentage: { percent: afbouwPercentage }, drempel: { money: drempel }, boven: { money: boven }, bedrag: { money: heleCenten(afbouw) } } });
  }
  if (inkomen > maximum) {
    return { perJaar: 0, perMaand: 0, steps: [...steps, { key: `${KEY}.bovenMaximum`, params: { maximum: { money: maximum } } }] };
  }
  // Awir art. 14: first round to whole euros; engine/toeslag.ts then refuses only what is under
  // € 24. Testing the unrounded amount would refuse € 23,54, which the law rounds to € 24.
  const perJaar = heleEuros(exact);
  const perMaand = heleEurosOmlaag(perJaar / MAANDEN_PER_JAAR);
  steps.push(
    { key: `${KEY}.uitkomst`, params: { standaardpremie: { money: standaardpremie }, normpremie: { money: heleCenten(normpremie) }, perJaar: { money: perJaar } } },
    { key: 'amounts.steps.perMaand', params: { perMaand: { money: perMaand } } },
  );
  return { perJaar, perMaand, steps };
};

export const zorgtoeslag: Scheme = {
  id: 'zorgtoeslag',
  kind: 'regeling',
  level: 'rijk',
  sourceIds: ['zorgtoeslag.2026', 'awir.vermogen'],
  conditions: [
    minimumLeeftijd('zorgtoeslag.2026', 'zorgtoeslag.minimumleeftijd'),
    inkomenToeslag('zorgtoeslag', 'zorgtoeslag.2026', berekenZorgtoeslag),
    vermogenToeslag('zorgtoeslag', 'awir.vermogen', { alleenstaande: 'toeslagen.vermogensgrens.alleenstaande', partner: 'toeslagen.vermogensgrens.partner' }),
    verblijfsstatus('verblijf.zorgtoeslag', 'zorgtoeslag'),
  ],
  amount: toeslagBedrag(berekenZorgtoeslag),
  toBring: ['digid', 'jaaropgaaf', 'polisZorgverzekering'],
  applyAt: ['dienstToeslagen'],
};
