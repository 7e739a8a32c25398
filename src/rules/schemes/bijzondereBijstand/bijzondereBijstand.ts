/**
 * Bijzondere bijstand
 *
 * Vergoeding van noodzakelijke, bijzondere kosten die iemand niet zelf kan betalen (art. 35 PW).
 * Heemskerk geeft het tot 150% van de bijstandsnorm. Of het lukt hangt af van de kosten zelf,
 * dus deze check zegt hooguit "vraag het aan": nooit "ja".
 */
import { inkomenTotPercentage, minimumLeeftijd, verblijfsstatus, woontInHeemskerk } from '../../engine/conditions';
import type { Scheme } from '../../engine/types';

export const bijzondereBijstand: Scheme = {
  id: 'bijzondereBijstand',
  kind: 'regeling',
  level: 'gemeente',
  sourceIds: ['participatiewet.art35', 'heemskerk.bijzondereBijstand'],
  conditions: [
    woontInHeemskerk('heemskerk.bijzondereBijstand'),
    minimumLeeftijd('heemskerk.bijzondereBijstand'),
    inkomenTotPercentage('heemskerk.bijzondereBijstand', 'bijzondereBijstand.inkomensgrens'),
    {
      id: 'kosten',
      sourceId: 'participatiewet.art35',
      check: () => ({ verdict: 'unknown', key: 'schemes.bijzondereBijstand.reasons.kosten' }),
    },
    verblijfsstatus('verblijf.participatiewet', 'bijstand'),
  ],
  toBring: ['digid', 'idBewijs', 'bankafschriften', 'offerteOfBon', 'inkomensspecificatie'],
  applyAt: ['gemeenteHeemskerkDigid'],
};
