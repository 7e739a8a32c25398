/**
 * Vroegsignalering
 *
 * Als iemand de huur, energie, water of zorgverzekering niet betaalt, krijgt de gemeente daar een
 * signaal van. Het team schuldhulpverlening neemt dan contact op (brief, mail, telefoon of bezoek,
 * samen met het maatschappelijk werk) en biedt hulp aan voordat het een grote schuld wordt. Niets
 * aan te vragen: wie een achterstand heeft, kan ook zelf bellen.
 */
import { woontInHeemskerk } from '../../engine/conditions';
import type { CheckResult, Scheme } from '../../engine/types';

const KEY = 'schemes.vroegsignalering.reasons.betalingsachterstand';

export const vroegsignalering: Scheme = {
  id: 'vroegsignalering',
  kind: 'hulp',
  level: 'gemeente',
  sourceIds: ['heemskerk.vroegsignalering', 'heemskerk.schuldhulpverlening'],
  conditions: [
    woontInHeemskerk('heemskerk.vroegsignalering'),
    {
      id: 'betalingsachterstand',
      sourceId: 'heemskerk.vroegsignalering',
      check: (h): CheckResult => {
        if (h.betalingsachterstanden === null) return { verdict: 'unknown', key: `${KEY}.unknown`, missing: ['geldzaken'] };
        const verdict = h.betalingsachterstanden === 'ja' ? 'pass' : 'fail';
        return { verdict, key: `${KEY}.${verdict}` };
      },
    },
  ],
  toBring: ['brievenSchuldeisers'],
  applyAt: ['schuldhulpHeemskerk', 'metHeemskerk'],
};
