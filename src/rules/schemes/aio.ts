/**
 * Aanvullende inkomensvoorziening ouderen (AIO)
 *
 * Bijstand voor wie de AOW-leeftijd heeft en te weinig inkomen, meestal door een onvolledige AOW.
 * De SVB voert het uit (art. 47a PW), ook als maar één partner de AOW-leeftijd heeft. Het inkomen
 * wordt vergeleken met de normen voor pensioengerechtigden (art. 22 PW, via `bijstandsnorm`), het
 * vermogen met de grenzen van art. 34 PW.
 */
import { inkomenTotPercentage, verblijfsstatus, vermogenTotGrens } from '../engine/conditions';
import type { Condition, Scheme } from '../engine/types';
import { bijstandsnorm } from '../household/bijstandsnorm';
import { netIncome } from '../household/netIncome';
import { bufferbudget, naVrijlatingAow, vrijlatingArbeidUitleg } from './participatiewet2027';

const KEY = 'schemes.aio.reasons';
const PERCENTAGE = 'algemeneBijstand.inkomensgrens';
const inkomen = inkomenTotPercentage('participatiewet.art22', PERCENTAGE);

const inkomenMetVakantiegeld: Condition = {
  ...inkomen,
  // ⚠️ The norm includes 5% vakantietoeslag, but people give what arrives each month, without the
  // holiday pay of their AOW and pension. A full AOW lands just under the norm that way, and the
  // holiday pay lifts it above, so between the norm without and with vakantietoeslag we ask.
  check: (h, context) => {
    const result = inkomen.check(h, context);
    const norm = bijstandsnorm(h, context);
    const netto = netIncome(h);
    if (result?.verdict !== 'pass' || !norm || netto === null) return result;
    const grens = Math.round((norm.bedrag * context.norm(PERCENTAGE).value) / 100);
    const zonderVakantiegeld = Math.round((grens * (100 - context.norm('bijstandsnorm.vakantietoeslag').value)) / 100);
    if (netto <= zonderVakantiegeld) return result;
    return { verdict: 'unknown', key: `${KEY}.vakantiegeld`, params: { ...result.params, zonderVakantiegeld: { money: zonderVakantiegeld } } };
  },
};

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
        const oudste = Math.max(h.aanvrager.leeftijd, h.partner?.leeftijd ?? 0);
        const verdict = oudste >= grens ? 'pass' : 'fail';
        return { verdict, key: `${KEY}.aowLeeftijd.${verdict}`, params: { grens } };
      },
    },
    naVrijlatingAow(inkomenMetVakantiegeld),
    vermogenTotGrens('participatiewet.art34'),
    verblijfsstatus('verblijf.participatiewet', 'bijstand', { waarschuwing: true }),
    vrijlatingArbeidUitleg,
    bufferbudget,
  ],
  toBring: ['idBewijs', 'bankafschriften', 'inkomensspecificatie', 'spaarrekeningen', 'huurspecificatie'],
  applyAt: ['svb'],
};
