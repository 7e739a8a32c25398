/**
 * Budgetbeheer
 *
 * Iemand anders beheert een deel van het geld: het inkomen komt op een aparte rekening, de vaste
 * lasten worden eerst betaald en de rest is leefgeld. Voor wie schulden of achterstanden heeft en
 * hulp wil. Wie het in Heemskerk aanbiedt en wat het kost, is niet gevonden: de uitkomst is hooguit
 * "vraag ernaar".
 */
import { woontInHeemskerk } from '../../engine/conditions';
import type { CheckResult, Scheme } from '../../engine/types';
import { heeftGeldzorgen } from '../../household/heeftGeldzorgen';

const KEY = 'schemes.budgetbeheer.reasons';

export const budgetbeheer: Scheme = {
  id: 'budgetbeheer',
  kind: 'hulp',
  level: 'organisatie',
  sourceIds: ['heemskerk.schuldhulpverlening'],
  conditions: [
    woontInHeemskerk('heemskerk.schuldhulpverlening'),
    {
      id: 'geldzorgen',
      sourceId: 'heemskerk.schuldhulpverlening',
      check: (h): CheckResult => {
        const zorgen = heeftGeldzorgen(h);
        if (zorgen === null) return { verdict: 'unknown', key: `${KEY}.geldzorgen.unknown`, missing: ['geldzaken'] };
        const verdict = zorgen === 'ja' ? 'pass' : 'fail';
        return { verdict, key: `${KEY}.geldzorgen.${verdict}` };
      },
    },
    {
      id: 'hulpvraag',
      sourceId: 'heemskerk.schuldhulpverlening',
      check: (h): CheckResult => {
        if (h.wilHulpBijGeldzaken === null) return { verdict: 'unknown', key: `${KEY}.hulpvraag.unknown`, missing: ['geldzaken'] };
        const verdict = h.wilHulpBijGeldzaken === 'ja' ? 'pass' : 'fail';
        return { verdict, key: `${KEY}.hulpvraag.${verdict}` };
      },
    },
    {
      id: 'aanbod',
      sourceId: 'heemskerk.schuldhulpverlening',
      // Provider, conditions and costs in Heemskerk were not found: never more than "ask".
      check: () => ({ verdict: 'unknown', key: `${KEY}.aanbod` }),
    },
  ],
  toBring: ['idBewijs', 'bankafschriften', 'inkomensspecificatie', 'brievenSchuldeisers'],
  applyAt: ['metHeemskerk', 'schuldhulpHeemskerk'],
};
