/**
 * IOAZ (Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte gewezen zelfstandigen)
 *
 * Een uitkering tot het sociaal minimum voor ondernemers van 55 jaar tot de AOW-leeftijd die
 * stoppen met hun bedrijf omdat het te weinig oplevert. Aanvragen bij de gemeente, vóór het stoppen.
 * De inkomenstoetsen gaan over de winst van de laatste jaren en het inkomen daarna: die vragen wij
 * niet, dus de uitkomst is hooguit "vraag het na".
 */
import { aanvragerOnderAowLeeftijd, minimumLeeftijd, ondernemer, verblijfsstatus } from '../../engine/conditions';
import type { CheckResult, Scheme } from '../../engine/types';
import { leeftijdTussen, type BekendeFeiten } from '../../engine/vraagNodig';

const KEY = 'schemes.ioaz.reasons';

export const ioaz: Scheme = {
  id: 'ioaz',
  kind: 'regeling',
  level: 'rijk',
  sourceIds: ['ioaz', 'normenbrief.2026-01-01'],
  conditions: [
    ondernemer('ioaz'),
    minimumLeeftijd('ioaz', 'ioaz.minimumleeftijd'),
    aanvragerOnderAowLeeftijd('ioaz'),
    {
      id: 'stoptMetBedrijf',
      sourceId: 'ioaz',
      check: (h): CheckResult => {
        if (h.stoptMetBedrijf === null) return { verdict: 'unknown', key: `${KEY}.stoptMetBedrijf.unknown` };
        const verdict = h.stoptMetBedrijf ? 'pass' : 'fail';
        return { verdict, key: `${KEY}.stoptMetBedrijf.${verdict}` };
      },
    },
    {
      id: 'inkomenBedrijf',
      sourceId: 'ioaz',
      // ⚠️ The average income over the last bookyears and the expected income after stopping are
      // not asked (the net monthly income says neither), and neither are the years in business or
      // the hours worked, so this condition always asks.
      check: (_, context) => ({
        verdict: 'unknown',
        key: `${KEY}.inkomenBedrijf`,
        params: {
          grensVerleden: { money: context.norm('ioaz.inkomensgrensVerleden').value },
          grensToekomst: { money: context.norm('ioaz.inkomensgrensToekomst').value },
          jaren: context.norm('ioaz.boekjaren').value,
        },
      }),
    },
    {
      id: 'vermogen',
      sourceId: 'ioaz',
      // Savings above the amount left alone do not exclude anyone: part of them counts as income.
      // ⚠️ Only savings are asked, not what the business itself is worth.
      check: (h, context): CheckResult => {
        const grens = context.norm('ioaz.vrijgelatenVermogen').value;
        if (h.vermogen === null) return { verdict: 'unknown', key: `${KEY}.vermogen.onbekend`, params: { grens: { money: grens } }, missing: ['vermogen'] };
        const verdict = h.vermogen <= grens ? 'pass' : 'unknown';
        return { verdict, key: `${KEY}.vermogen.${verdict}`, params: { vermogen: { money: h.vermogen }, grens: { money: grens } } };
      },
    },
    verblijfsstatus('verblijf.ioawIoaz', 'bijstand', { waarschuwing: true, partner: false }),
  ],
  toBring: ['digid', 'idBewijs', 'jaarcijfers', 'uittrekselKvk', 'bankafschriften', 'spaarrekeningen'],
  applyAt: ['gemeenteHeemskerkLoket'],
};

/** "Stopping the business?" matters only to a self-employed person from 55 up to AOW age. */
export function nodigStoptMetBedrijf(bekend: BekendeFeiten, peildatum: string): boolean {
  return bekend.ondernemer === true && leeftijdTussen(bekend, peildatum, 'ioaz.minimumleeftijd', 'leeftijd.aow');
}
