/**
 * Individuele studietoeslag
 *
 * Een bedrag per maand voor studenten in Heemskerk met studiefinanciering of WTOS die door een
 * ziekte of handicap niet naast hun studie kunnen werken. Wie recht heeft op een uitkering uit de
 * Wajong, kan het niet krijgen (art. 36b lid 3 b PW). Aanvragen met een papieren formulier. Het bedrag in Heemskerk is niet gevonden.
 */
import { verblijfsstatus, woontInHeemskerk } from '../../engine/conditions';
import type { Scheme } from '../../engine/types';

const KEY = 'schemes.studietoeslag.reasons';

export const studietoeslag: Scheme = {
  id: 'studietoeslag',
  kind: 'regeling',
  level: 'gemeente',
  sourceIds: ['heemskerk.studietoeslag', 'participatiewet.art36b'],
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
      sourceId: 'participatiewet.art36b',
      /*
       * Art. 36b lid 3 b PW: the application can be made by someone who "geen recht heeft op een
       * uitkering op grond van de Wet arbeidsongeschiktheidsvoorziening jonggehandicapten" (the same
       * in the consolidations of 1-1-2025 and 1-1-2026). In the Wajong's own words (BWBR0008657,
       * 1-1-2025) an uitkering is the arbeidsongeschiktheidsuitkering of chapter 1a (the "Wajong
       * 2015") and of chapter 3 (the "oude Wajong", before 2010), and the uitkering of art. 2:45 for
       * someone in chapter 2 (the "Wajong 2010") who is volledig en duurzaam arbeidsongeschikt; the
       * others in chapter 2 get "inkomensondersteuning" (art. 2:39–2:40), which art. 1:1 l names
       * apart from an uitkering. Heemskerk's page names only the "Wajong 2015".
       * So a follow-up "which Wajong?" is not what the rule needs: for the Wajong 2010 the variant
       * does not decide it (uitkering or inkomensondersteuning does, which only UWV's decision
       * says), and for the oude Wajong the law and Heemskerk's page disagree. A "no" would rest on a
       * remembered name where the municipality reads UWV's decision anyway. A Wajong stays "ask",
       * and the reason says what the law turns on and to bring UWV's decision.
       */
      check: (h) => {
        if (h.inkomen.uitkering === 0 || h.ontvangtBijstand) return null;
        if (h.soortUitkering === null) return { verdict: 'unknown', key: `${KEY}.wajong`, missing: ['soortUitkering'] };
        if (h.soortUitkering === 'wajong') return { verdict: 'unknown', key: 'studietoeslagWajong.reasons.uitkeringOfInkomensondersteuning' };
        return { verdict: 'pass', key: `${KEY}.geenWajong`, minor: true };
      },
    },
    verblijfsstatus('verblijf.participatiewet', 'bijstand'),
  ],
  toBring: ['idBewijs', 'besluitStudiefinanciering', 'bewijsBeperking'],
  applyAt: ['gemeenteHeemskerkPost'],
};
