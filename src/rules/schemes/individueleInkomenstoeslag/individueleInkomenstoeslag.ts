/**
 * Individuele inkomenstoeslag (IIT)
 *
 * Een bedrag per jaar voor wie al lang (in Heemskerk: drie jaar) van een inkomen tot 110% van de
 * bijstandsnorm leeft, zonder uitzicht op verbetering. Art. 36 PW; Verordening IIT Heemskerk.
 * Geen vermogen boven de grens van art. 34 PW (art. 36 lid 1). Het bedrag van Heemskerk is niet gevonden.
 * "Geen uitzicht op inkomensverbetering" beoordeelt het college (art. 36 lid 1 en 2): de uitslag zegt dat.
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

/**
 * Art. 36 lid 1 PW: the college "kan", "gelet op de omstandigheden van die persoon", grant the IIT to
 * someone with a long-term low income, no vermogen above art. 34 "en geen uitzicht heeft op
 * inkomensverbetering". Lid 2: those circumstances include in any case "de krachten en
 * bekwaamheden van de persoon" and "de inspanningen die de persoon heeft verricht om tot
 * inkomensverbetering te komen". Only the college can weigh them, and the law gives it no test to
 * apply, so this is not a "we can't tell" (that would make every IIT "ask"): like `ambtshalve` and
 * the college's vrijlating of art. 34a, the verdict stays what the facts decide and the reason says
 * that the municipality still weighs this, and what it looks at.
 * An illness or disability that limits work (the household's answer, or an established medisch
 * urenbeperkt, art. 6b) is what lid 2 a names: the reason says it counts and to bring what shows it.
 * Which proof Heemskerk asks is not known (heemskerk-schemes.md §6: the list is cut off), so the
 * reason names the decisions the law itself provides for (UWV's on a benefit, the college's on art.
 * 6b) as examples and leaves the rest to the municipality.
 * Text read in the consolidated BWBR0015703 of 1-1-2025 and 1-1-2026 (MinBZK/regelrecht acc9781e,
 * 32718bd4): the same in both.
 * ⚠️ From 1-1-2027 art. 36 changes (ambtshalve, above); the amended text was not found, and the
 * 2026 consolidation has no future version of art. 36. The secondary sources name only the
 * ambtshalve grant, so the condition and what the college weighs are kept as they are.
 * ⚠️ Lid 3 (an application within 12 months of an earlier IIT is refused) is not asked.
 */
const geenUitzichtOpInkomensverbetering: Condition = {
  id: 'uitzichtOpInkomensverbetering',
  sourceId: 'participatiewet.art36',
  check: (h) => ({
    verdict: 'pass',
    key: `inkomensverbetering.reasons.${h.arbeidsbeperking === 'ja' || h.medischUrenbeperkt === true ? 'beperking' : 'college'}`,
  }),
};

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
    geenUitzichtOpInkomensverbetering,
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
