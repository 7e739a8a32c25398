/**
 * Individuele studietoeslag
 *
 * Een bedrag per maand voor studenten in Heemskerk met studiefinanciering of WTOS die door een
 * ziekte of handicap niet naast hun studie kunnen werken. Wie een Wajong-uitkering krijgt, kan het
 * niet krijgen. Aanvragen met een papieren formulier. Het bedrag in Heemskerk is niet gevonden.
 */
import { verblijfsstatus, woontInHeemskerk } from '../../engine/conditions';
import type { Scheme } from '../../engine/types';

const KEY = 'schemes.studietoeslag.reasons';

export const studietoeslag: Scheme = {
  id: 'studietoeslag',
  kind: 'regeling',
  level: 'gemeente',
  sourceIds: ['heemskerk.studietoeslag'],
  conditions: [
    woontInHeemskerk('heemskerk.studietoeslag'),
    {
      id: 'studiefinanciering',
      sourceId: 'heemskerk.studietoeslag',
      check: (h) => {
        const verdict = h.studiefinanciering ? 'pass' : 'fail';
        return { verdict, key: `${KEY}.studiefinanciering.${verdict}` };
      },
    },
    {
      id: 'studieBeperking',
      sourceId: 'heemskerk.studietoeslag',
      check: (h) => {
        const verdict = h.studieBeperking ? 'pass' : 'fail';
        return { verdict, key: `${KEY}.studieBeperking.${verdict}` };
      },
    },
    {
      id: 'geenWajong',
      sourceId: 'heemskerk.studietoeslag',
      // ⚠️ The check does not ask which benefit someone gets. Without any benefit there is surely no
      // Wajong; with one, it may be a Wajong, so it asks.
      check: (h) => (h.inkomen.uitkering === 0 ? null : { verdict: 'unknown', key: `${KEY}.wajong` }),
    },
    verblijfsstatus('verblijf.participatiewet', 'bijstand'),
  ],
  toBring: ['idBewijs', 'besluitStudiefinanciering', 'bewijsBeperking'],
  applyAt: ['gemeenteHeemskerkPost'],
};
