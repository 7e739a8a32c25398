/**
 * Beslagvrije voet
 *
 * Het deel van het inkomen waar een schuldeiser geen beslag op mag leggen, zodat er genoeg overblijft
 * om van te leven. Het wordt vaak te laag vastgesteld als woonkosten of zorgpremie ontbreken. Voor
 * wie schulden of achterstanden heeft: "kijk of uw beslagvrije voet klopt". De bedragen voor 2026
 * zijn niet gevonden, dus de check noemt geen bedrag.
 */
import type { CheckResult, Scheme } from '../../engine/types';
import { heeftGeldzorgen } from '../../household/heeftGeldzorgen';

const KEY = 'schemes.beslagvrijeVoet.reasons.geldzorgen';

export const beslagvrijeVoet: Scheme = {
  id: 'beslagvrijeVoet',
  kind: 'hulp',
  level: 'rijk',
  sourceIds: ['beslagvrijeVoet'],
  conditions: [
    {
      id: 'geldzorgen',
      sourceId: 'beslagvrijeVoet',
      check: (h): CheckResult => {
        const zorgen = heeftGeldzorgen(h);
        if (zorgen === null) return { verdict: 'unknown', key: `${KEY}.unknown`, missing: ['geldzaken'] };
        const verdict = zorgen === 'ja' ? 'pass' : 'fail';
        return { verdict, key: `${KEY}.${verdict}` };
      },
    },
  ],
  toBring: ['beslagbrief', 'inkomensspecificatie', 'huurspecificatie', 'polisZorgverzekering'],
  applyAt: ['schuldhulpHeemskerk', 'metHeemskerk'],
};
