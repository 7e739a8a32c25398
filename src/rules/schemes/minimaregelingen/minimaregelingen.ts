/**
 * Minimaregelingen "Iedereen doet mee"
 *
 * Bijdragen om mee te doen (sport, vereniging, huisraad) voor wie 18 jaar of ouder is en een inkomen
 * tot 110% van de bijstandsnorm heeft. Eén digitaal formulier; niet met terugwerkende kracht.
 * Bedragen zijn niet gevonden.
 */
import { geenStudiefinanciering, inkomenTotPercentage, minimumLeeftijd, verblijfsstatus, vermogenGemeentelijk, woontInHeemskerk } from '../../engine/conditions';
import type { Scheme } from '../../engine/types';

export const minimaregelingen: Scheme = {
  id: 'minimaregelingen',
  kind: 'regeling',
  level: 'gemeente',
  sourceIds: ['heemskerk.minimaregelingen'],
  conditions: [
    woontInHeemskerk('heemskerk.minimaregelingen'),
    minimumLeeftijd('heemskerk.minimaregelingen'),
    geenStudiefinanciering('heemskerk.minimaregelingen'),
    inkomenTotPercentage('heemskerk.minimaregelingen', 'minimaregelingen.inkomensgrens'),
    vermogenGemeentelijk('heemskerk.minimaregelingen'),
    verblijfsstatus('verblijf.vreemdelingenwet', 'gemeente'),
  ],
  toBring: ['digid', 'idBewijs', 'bankafschriften', 'offerteOfBon'],
  applyAt: ['gemeenteHeemskerkDigid'],
};
