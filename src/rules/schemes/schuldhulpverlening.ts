/**
 * Schuldhulpverlening
 *
 * Gratis hulp van de gemeente voor iedereen in Heemskerk met betalingsachterstanden of schulden
 * (Wet gemeentelijke schuldhulpverlening): eerst een gesprek, dan rust, een plan en zo nodig een
 * schuldregeling van 18 maanden.
 */
import { woontInHeemskerk } from '../engine/conditions';
import type { Scheme } from '../engine/types';

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
        if (h.schulden === 'ja' || h.betalingsachterstanden === 'ja') return { verdict: 'pass', key: `${key}.pass` };
        if (h.schulden === 'nee' && h.betalingsachterstanden === 'nee') return { verdict: 'fail', key: `${key}.fail` };
        return { verdict: 'unknown', key: `${key}.unknown`, missing: ['geldzaken'] };
      },
    },
  ],
  toBring: ['idBewijs', 'bankafschriften', 'brievenSchuldeisers', 'inkomensspecificatie'],
  applyAt: ['schuldhulpHeemskerk', 'metHeemskerk'],
};
