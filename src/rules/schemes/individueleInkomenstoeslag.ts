/**
 * Individuele inkomenstoeslag (IIT)
 *
 * Een bedrag per jaar voor wie al lang (in Heemskerk: drie jaar) van een inkomen tot 110% van de
 * bijstandsnorm leeft, zonder uitzicht op verbetering. Art. 36 PW; Verordening IIT Heemskerk.
 * Geen vermogen boven de grens van art. 34 PW (art. 36 lid 1). Het bedrag van Heemskerk is niet gevonden.
 */
import {
  geenStudiefinanciering,
  inkomenTotPercentage,
  minimumLeeftijd,
  onderAowLeeftijd,
  verblijfsstatus,
  vermogenTotGrens,
  woontInHeemskerk,
} from '../engine/conditions';
import type { Scheme } from '../engine/types';
import { leeftijdTussen, type BekendeFeiten } from '../engine/vraagNodig';

export const individueleInkomenstoeslag: Scheme = {
  id: 'individueleInkomenstoeslag',
  kind: 'regeling',
  level: 'gemeente',
  sourceIds: ['participatiewet.art36', 'participatiewet.art34', 'heemskerk.verordeningIit'],
  conditions: [
    woontInHeemskerk('heemskerk.verordeningIit'),
    minimumLeeftijd('heemskerk.verordeningIit', 'iit.minimumleeftijd'),
    onderAowLeeftijd('participatiewet.art36'),
    geenStudiefinanciering('heemskerk.verordeningIit'),
    inkomenTotPercentage('heemskerk.verordeningIit', 'iit.inkomensgrens'),
    {
      id: 'langdurigLaagInkomen',
      sourceId: 'heemskerk.verordeningIit',
      check: (h, context) => {
        const maanden = context.norm('iit.referteperiode').value;
        const key = 'schemes.individueleInkomenstoeslag.reasons.langdurigLaagInkomen';
        if (h.laagInkomenSinds === null) return { verdict: 'unknown', key: `${key}.unknown`, params: { maanden }, missing: ['laagInkomenSinds'] };
        const verdict = h.laagInkomenSinds === 'lang' ? 'pass' : 'fail';
        return { verdict, key: `${key}.${verdict}`, params: { maanden } };
      },
    },
    // Art. 36 lid 1 PW: no IIT with vermogen above the art. 34 limit; the law leaves the municipality no room here.
    vermogenTotGrens('participatiewet.art34'),
    verblijfsstatus('verblijf.participatiewet', 'bijstand'),
  ],
  toBring: ['digid', 'idBewijs', 'bankafschriften', 'inkomensspecificatie', 'spaarrekeningen'],
  applyAt: ['gemeenteHeemskerkDigid'],
};

/** The IIT asks about long-term low income; only working-age adults can get it. */
export function nodigLaagInkomenSinds(bekend: BekendeFeiten, peildatum: string): boolean {
  return leeftijdTussen(bekend, peildatum, 'iit.minimumleeftijd', 'leeftijd.aow');
}
