/**
 * IOAW (Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers)
 *
 * Een uitkering tot het sociaal minimum voor wie op zijn 50e of later werkloos werd, geboren is
 * vóór 1965 en geen WW meer krijgt, tot de AOW-leeftijd. Het inkomen van de partner telt mee; er is
 * geen vermogenstoets, dus spaargeld staat niet in de weg. Aanvragen via werk.nl of de gemeente.
 */
import { aanvragerOnderAowLeeftijd, inkomenTotPercentage, minimumLeeftijd, verblijfsstatus, zelfstandigeOnderAow } from '../../engine/conditions';
import type { CheckResult, Scheme } from '../../engine/types';
import { leeftijdTussen, type BekendeFeiten } from '../../engine/vraagNodig';

const KEY = 'schemes.ioaw.reasons';

export const ioaw: Scheme = {
  id: 'ioaw',
  kind: 'regeling',
  level: 'rijk',
  sourceIds: ['ioaw', 'normenbrief.2026-01-01'],
  conditions: [
    {
      id: 'werknemer',
      sourceId: 'ioaw',
      // The IOAW is for former employees; the self-employed have the IOAZ and the Bbz, both only
      // below AOW age (Bbz 2004 art. 1 b), where the IOAW ends too and the age condition says so.
      check: (h, context) => (zelfstandigeOnderAow(h, context) ? { verdict: 'fail', key: `${KEY}.ondernemer` } : null),
    },
    minimumLeeftijd('ioaw', 'ioaw.leeftijdWerkloos'),
    aanvragerOnderAowLeeftijd('ioaw'),
    {
      id: 'werkloosNa50',
      sourceId: 'ioaw',
      // ⚠️ One question covers "unemployed at 50 or later and the WW has ended". The IOAW also asks
      // for more than 3 months of WW, or a WGA that ended after 50; the inhabitant is not asked that.
      check: (h, context) => {
        const params = { leeftijd: context.norm('ioaw.leeftijdWerkloos').value };
        if (h.werkloosNa50 === null) return { verdict: 'unknown', key: `${KEY}.werkloosNa50.unknown`, params };
        const verdict = h.werkloosNa50 === 'ja' ? 'pass' : 'fail';
        return { verdict, key: `${KEY}.werkloosNa50.${verdict}`, params };
      },
    },
    {
      id: 'geboortejaar',
      sourceId: 'ioaw',
      // Only the age is known, not the birthday: someone of 61 on 1 July 2026 was born in 1964 or
      // 1965. Only that year in between is left open.
      check: (h, context): CheckResult => {
        const voor = context.norm('ioaw.geboortejaarVoor').value;
        const laatstMogelijk = Number(context.peildatum.slice(0, 4)) - h.aanvrager.leeftijd;
        const params = { jaar: voor };
        if (laatstMogelijk < voor) return { verdict: 'pass', key: `${KEY}.geboortejaar.pass`, params };
        if (laatstMogelijk - 1 >= voor) return { verdict: 'fail', key: `${KEY}.geboortejaar.fail`, params };
        return { verdict: 'unknown', key: `${KEY}.geboortejaar.unknown`, params };
      },
    },
    inkomenTotPercentage('ioaw', 'ioaw.inkomensgrens'),
    verblijfsstatus('verblijf.ioawIoaz', 'bijstand', { waarschuwing: true, partner: false }),
  ],
  toBring: ['digid', 'idBewijs', 'wwBeschikking', 'inkomensspecificatie', 'bankafschriften'],
  applyAt: ['werkNl', 'gemeenteHeemskerkLoket'],
};

/** "Unemployed at 50 or later?" matters only to a former employee between that age and AOW age. */
export function nodigWerkloosNa50(bekend: BekendeFeiten, peildatum: string): boolean {
  return bekend.ondernemer !== true && leeftijdTussen(bekend, peildatum, 'ioaw.leeftijdWerkloos', 'leeftijd.aow');
}
