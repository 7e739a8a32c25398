/**
 * Budgetcoaching
 *
 * Iemand die samen met u kijkt hoe inkomen en uitgaven weer passen. In Heemskerk gegeven via
 * Socius / MET Heemskerk en vaak de eerste stap van schuldhulpverlening.
 */
import { woontInHeemskerk } from '../../engine/conditions';
import type { Scheme } from '../../engine/types';

export const budgetcoaching: Scheme = {
  id: 'budgetcoaching',
  kind: 'hulp',
  level: 'organisatie',
  sourceIds: ['heemskerk.schuldhulpverlening'],
  conditions: [
    woontInHeemskerk('heemskerk.schuldhulpverlening'),
    {
      id: 'hulpvraag',
      sourceId: 'heemskerk.schuldhulpverlening',
      check: (h) => {
        const key = 'schemes.budgetcoaching.reasons.hulpvraag';
        if (h.wilHulpBijGeldzaken === 'ja' || h.betalingsachterstanden === 'ja') return { verdict: 'pass', key: `${key}.pass` };
        if (h.wilHulpBijGeldzaken === 'nee' && h.betalingsachterstanden === 'nee') return { verdict: 'fail', key: `${key}.fail` };
        return { verdict: 'unknown', key: `${key}.unknown`, missing: ['geldzaken'] };
      },
    },
  ],
  toBring: ['bankafschriften', 'inkomensspecificatie'],
  applyAt: ['metHeemskerk', 'gemeenteHeemskerkLoket'],
};
