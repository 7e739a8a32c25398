/**
 * Schuldhulpverlening
 *
 * Gratis hulp van de gemeente voor iedereen in Heemskerk met betalingsachterstanden of schulden
 * (Wet gemeentelijke schuldhulpverlening): eerst een gesprek, dan rust, een plan en zo nodig een
 * schuldregeling van 18 maanden.
 */
import { verblijfsstatus, woontInHeemskerk } from '../../engine/conditions';
import type { Scheme } from '../../engine/types';
import { heeftGeldzorgen } from '../../household/heeftGeldzorgen';

export const schuldhulpverlening: Scheme = {
  id: 'schuldhulpverlening',
  kind: 'hulp',
  level: 'gemeente',
  sourceIds: ['heemskerk.schuldhulpverlening'],
  conditions: [
    woontInHeemskerk('heemskerk.schuldhulpverlening'),
    {
      id: 'geldzorgen',
      sourceId: 'heemskerk.schuldhulpverlening',
      check: (h) => {
        const key = 'schemes.schuldhulpverlening.reasons.geldzorgen';
        const zorgen = heeftGeldzorgen(h);
        if (zorgen === null) return { verdict: 'unknown', key: `${key}.unknown`, missing: ['geldzaken'] };
        const verdict = zorgen === 'ja' ? 'pass' : 'fail';
        return { verdict, key: `${key}.${verdict}` };
      },
    },
    verblijfsstatus('verblijf.schuldhulp', 'schuldhulp'),
  ],
  toBring: ['idBewijs', 'bankafschriften', 'brievenSchuldeisers', 'inkomensspecificatie'],
  applyAt: ['schuldhulpHeemskerk', 'metHeemskerk'],
};
