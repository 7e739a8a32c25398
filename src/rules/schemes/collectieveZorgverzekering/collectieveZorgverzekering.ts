/**
 * Collectieve zorgverzekering voor minima (gemeentepolis)
 *
 * Een uitgebreide zorgverzekering bij Zilveren Kruis ("Optimaal") met een bijdrage van de gemeente,
 * tot 130% van de bijstandsnorm volgens een sociale kaart uit 2019. Bijdrage en huidige grens zijn
 * niet bevestigd, dus een uitkomst zegt altijd "vraag het na".
 */
import { inkomenTotPercentage, minimumLeeftijd, verblijfsstatus, woontInHeemskerk } from '../../engine/conditions';
import type { Scheme } from '../../engine/types';

export const collectieveZorgverzekering: Scheme = {
  id: 'collectieveZorgverzekering',
  kind: 'regeling',
  level: 'gemeente',
  sourceIds: ['heemskerk.collectieveZorgverzekering'],
  conditions: [
    woontInHeemskerk('heemskerk.collectieveZorgverzekering'),
    minimumLeeftijd('heemskerk.collectieveZorgverzekering'),
    inkomenTotPercentage('heemskerk.collectieveZorgverzekering', 'collectieveZorgverzekering.inkomensgrens'),
    verblijfsstatus('verblijf.vreemdelingenwet', 'gemeente'),
  ],
  toBring: ['idBewijs', 'polisZorgverzekering', 'inkomensspecificatie'],
  applyAt: ['gezondVerzekerd', 'gemeenteHeemskerkLoket'],
};
