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
      // Without a benefit, or on bijstand, there is no Wajong. ⚠️ Heemskerk names the "Wajong 2015",
      // and which Wajong someone has is not asked: a Wajong is "ask". A benefit of an unknown kind too.
      check: (h) => {
        if (h.inkomen.uitkering === 0 || h.ontvangtBijstand) return null;
        if (h.soortUitkering === null) return { verdict: 'unknown', key: `${KEY}.wajong`, missing: ['soortUitkering'] };
        if (h.soortUitkering === 'wajong') return { verdict: 'unknown', key: `${KEY}.welWajong` };
        return { verdict: 'pass', key: `${KEY}.geenWajong`, minor: true };
      },
    },
    verblijfsstatus('verblijf.participatiewet', 'bijstand'),
  ],
  toBring: ['idBewijs', 'besluitStudiefinanciering', 'bewijsBeperking'],
  applyAt: ['gemeenteHeemskerkPost'],
};
