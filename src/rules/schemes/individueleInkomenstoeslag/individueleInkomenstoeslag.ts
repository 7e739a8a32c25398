/**
 * Individuele inkomenstoeslag (IIT)
 *
 * Een bedrag per jaar voor wie al lang (in Heemskerk: drie jaar) van een inkomen tot 110% van de
 * bijstandsnorm leeft, zonder uitzicht op verbetering. Art. 36 PW; Verordening IIT Heemskerk.
 * Geen vermogen boven de grens van art. 34 PW (art. 36 lid 1). Het bedrag van Heemskerk is niet gevonden.
 * Vanaf 1-1-2027 kan het college de IIT ook ambtshalve verlenen (Participatiewet in balans).
 */
import {
  geenStudiefinanciering,
  inkomenTotPercentage,
  minimumLeeftijd,
  onderAowLeeftijd,
  verblijfsstatus,
  vermogenTotGrens,
  woontInHeemskerk,
} from '../../engine/conditions';
import { inForceFrom } from '../../engine/dated';
import type { Condition, Scheme } from '../../engine/types';
import { IN_WERKING } from '../participatiewet2027';
import { leeftijdTussen, type BekendeFeiten } from '../../engine/vraagNodig';

/**
 * Art. 36 PW from 1-1-2027: the college may also grant the IIT without an application, where it
 * has the data. It may, it need not, so the reason promises nothing: a bijstand recipient (whose
 * income the municipality knows) is told to ask if nothing comes; anyone else still applies.
 * It only informs: whether the IIT applies is decided by the other conditions.
 * ⚠️ The amended article text was not found; "may" rests on secondary sources (see the source).
 */
const ambtshalve: Condition = inForceFrom(IN_WERKING, {
  id: 'ambtshalve',
  sourceId: 'participatiewet.art36.2027',
  check: (h) => ({
    verdict: 'pass',
    key: `schemes.individueleInkomenstoeslag.reasons.ambtshalve.${h.ontvangtBijstand ? 'bijstand' : 'aanvragen'}`,
    params: { vanaf: { date: IN_WERKING } },
  }),
});

export const individueleInkomenstoeslag: Scheme = {
  id: 'individueleInkomenstoeslag',
  kind: 'regeling',
  level: 'gemeente',
  sourceIds: ['participatiewet.art36', 'participatiewet.art34', 'heemskerk.verordeningIit', 'participatiewet.art36.2027'],
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
    ambtshalve,
  ],
  toBring: ['digid', 'idBewijs', 'bankafschriften', 'inkomensspecificatie', 'spaarrekeningen'],
  applyAt: ['gemeenteHeemskerkDigid'],
};

/** The IIT asks about long-term low income; only working-age adults can get it. */
export function nodigLaagInkomenSinds(bekend: BekendeFeiten, peildatum: string): boolean {
  return leeftijdTussen(bekend, peildatum, 'iit.minimumleeftijd', 'leeftijd.aow');
}
