/**
 * Aanvullende inkomensvoorziening ouderen (AIO)
 *
 * Bijstand voor wie de AOW-leeftijd heeft en te weinig inkomen, meestal door een onvolledige AOW.
 * De SVB voert het uit (art. 47a PW), ook als maar één partner de AOW-leeftijd heeft. Het inkomen
 * wordt vergeleken met de normen voor pensioengerechtigden (art. 22 PW, via `bijstandsnorm`), het
 * vermogen met de grenzen van art. 34 PW.
 */
import { inkomenTotPercentage, verblijfsstatus, vermogenTotGrens } from '../../engine/conditions';
import type { Scheme } from '../../engine/types';
import { bijstandAanvulling } from '../bijstandAanvulling';
import { bufferbudget, naVrijlatingAow, vrijlatingArbeidUitleg } from '../participatiewet2027';
import { oudsteLeeftijd } from '../../household/household';

const KEY = 'schemes.aio.reasons';
const PERCENTAGE = 'algemeneBijstand.inkomensgrens';
// Holiday pay of the AOW is counted with the income, as the norm includes it (engine/conditions.ts).
const inkomen = inkomenTotPercentage('participatiewet.art22', PERCENTAGE, { aanvulling: true });

export const aio: Scheme = {
  id: 'aio',
  kind: 'regeling',
  level: 'rijk',
  sourceIds: ['participatiewet.art47a', 'participatiewet.art22', 'participatiewet.art34'],
  conditions: [
    {
      id: 'ontvangtAl',
      sourceId: 'participatiewet.art47a',
      check: (h) => (h.ontvangtBijstand ? { verdict: 'pass', key: `${KEY}.ontvangtAl` } : null),
    },
    {
      id: 'aowLeeftijd',
      sourceId: 'participatiewet.art47a',
      check: (h, context) => {
        const grens = context.norm('leeftijd.aow').value;
        const oudste = oudsteLeeftijd(h);
        const verdict = oudste >= grens ? 'pass' : 'fail';
        return { verdict, key: `${KEY}.aowLeeftijd.${verdict}`, params: { grens } };
      },
    },
    naVrijlatingAow(inkomen),
    vermogenTotGrens('participatiewet.art34'),
    verblijfsstatus('verblijf.participatiewet', 'bijstand', { waarschuwing: true }),
    vrijlatingArbeidUitleg,
    bufferbudget,
  ],
  toBring: ['idBewijs', 'bankafschriften', 'inkomensspecificatie', 'spaarrekeningen', 'huurspecificatie'],
  applyAt: ['svb'],
  // The AIO is bijstand (art. 47a PW): it tops up to the pensioners' norm like the algemene bijstand.
  amount: bijstandAanvulling,
};
