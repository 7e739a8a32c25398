/**
 * Wsnp (Wet schuldsanering natuurlijke personen)
 *
 * De wettelijke schuldsanering: de laatste stap voor problematische schulden, als een regeling met
 * de schuldeisers via schuldhulpverlening (het minnelijk traject) niet lukt. De rechter beslist over
 * de toelating; de gewone looptijd staat in de normen. Of iemand zover is, kan deze check niet zien,
 * dus de uitkomst is hooguit "vraag het na".
 */
import type { CheckResult, Scheme } from '../../engine/types';

const KEY = 'schemes.wsnp.reasons';

export const wsnp: Scheme = {
  id: 'wsnp',
  kind: 'hulp',
  level: 'rijk',
  sourceIds: ['wsnp'],
  conditions: [
    {
      id: 'problematischeSchulden',
      sourceId: 'wsnp',
      // Arrears alone are not problematic debts; the question about debts that cannot be paid off
      // within a few years is.
      check: (h): CheckResult => {
        if (h.schulden === null) return { verdict: 'unknown', key: `${KEY}.schulden.unknown`, missing: ['geldzaken'] };
        const verdict = h.schulden === 'ja' ? 'pass' : 'fail';
        return { verdict, key: `${KEY}.schulden.${verdict}` };
      },
    },
    {
      id: 'minnelijkTraject',
      sourceId: 'wsnp',
      check: (_, context) => ({ verdict: 'unknown', key: `${KEY}.laatsteStap`, params: { maanden: context.norm('wsnp.looptijd').value } }),
    },
  ],
  toBring: ['idBewijs', 'brievenSchuldeisers', 'inkomensspecificatie', 'bankafschriften'],
  applyAt: ['schuldhulpHeemskerk'],
};
