/**
 * Algemene bijstand (Participatiewet)
 *
 * Vult het inkomen aan tot de bijstandsnorm voor wie 18 jaar of ouder is, onder de AOW-leeftijd,
 * te weinig inkomen en niet te veel vermogen heeft. In Heemskerk aangevraagd via werk.nl
 * (IJmond Werkt!). Ondernemers hebben de Bbz, gepensioneerden de AIO.
 */
import { geenStudiefinanciering, inkomenTotPercentage, minimumLeeftijd, onderAowLeeftijd, verblijfsstatus, vermogenTotGrens, zelfstandigeOnderAow } from '../../engine/conditions';
import type { Condition, Scheme } from '../../engine/types';
import { bijstandAanvulling } from '../bijstandAanvulling';
import { metVrijlatingMedisch, medischUrenbeperktUitleg } from '../medischUrenbeperkt';
import { alleenstaandeOuderMetPartnerZonderRecht, bufferbudget, metVrijlatingCollege, vrijlatingArbeidUitleg } from '../participatiewet2027';

const inkomenTest = inkomenTotPercentage('participatiewet.art21', 'algemeneBijstand.inkomensgrens', { aanvulling: true });

/**
 * Someone already on bijstand gives the bijstand itself as their benefit: it is no middel against
 * itself (art. 31 PW), so only their other income is tested. ⚠️ The benefit they give is taken to be
 * the bijstand alone.
 */
const inkomen: Condition = {
  ...inkomenTest,
  check: (h, context) => inkomenTest.check(h.ontvangtBijstand ? { ...h, inkomen: { ...h.inkomen, uitkering: 0 } } : h, context),
};

export const algemeneBijstand: Scheme = {
  id: 'algemeneBijstand',
  kind: 'regeling',
  level: 'rijk',
  sourceIds: ['participatiewet.art11', 'participatiewet.art21', 'participatiewet.art34', 'participatiewet.art6b'],
  conditions: [
    {
      id: 'ontvangtAl',
      sourceId: 'participatiewet.art11',
      check: (h) => (h.ontvangtBijstand ? { verdict: 'pass', key: 'schemes.algemeneBijstand.reasons.ontvangtAl' } : null),
    },
    minimumLeeftijd('participatiewet.art20'),
    onderAowLeeftijd('participatiewet.art22'),
    geenStudiefinanciering('participatiewet.art13'),
    {
      id: 'ondernemer',
      sourceId: 'participatiewet.art11',
      // Self-employed people get levensonderhoud through the Bbz, which has its own tests; from AOW
      // age there is no Bbz (Bbz 2004 art. 1 b) and the age condition alone says why.
      check: (h, context) => (zelfstandigeOnderAow(h, context) ? { verdict: 'fail', key: 'schemes.algemeneBijstand.reasons.ondernemer' } : null),
    },
    metVrijlatingCollege(metVrijlatingMedisch(inkomen)),
    vermogenTotGrens('participatiewet.art34'),
    verblijfsstatus('verblijf.participatiewet', 'bijstand', { waarschuwing: true }),
    medischUrenbeperktUitleg,
    vrijlatingArbeidUitleg,
    bufferbudget,
    alleenstaandeOuderMetPartnerZonderRecht,
  ],
  amount: bijstandAanvulling,
  toBring: ['digid', 'idBewijs', 'bankafschriften', 'inkomensspecificatie', 'spaarrekeningen', 'huurspecificatie'],
  applyAt: ['werkNl'],
};
