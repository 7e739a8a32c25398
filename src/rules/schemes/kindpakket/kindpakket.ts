/**
 * Kindpakket
 *
 * Hulp bij kosten voor kinderen onder 18 (schoolreis, fiets, computer, zwemles, muziekles) voor
 * ouders met een inkomen tot 110% van de bijstandsnorm. Sport en cultuur lopen sinds juni 2023 via
 * het Jeugdfonds Sport & Cultuur (tot 120%).
 */
import { heeftKinderen, inkomenTotPercentage, verblijfsstatus, woontInHeemskerk } from '../../engine/conditions';
import type { Scheme } from '../../engine/types';
import { heeftGeldzorgen } from '../../household/heeftGeldzorgen';

const inkomen = inkomenTotPercentage('heemskerk.kindpakket', 'kindpakket.inkomensgrens');

export const kindpakket: Scheme = {
  id: 'kindpakket',
  kind: 'regeling',
  level: 'gemeente',
  sourceIds: ['heemskerk.kindpakket'],
  conditions: [
    woontInHeemskerk('heemskerk.kindpakket'),
    heeftKinderen('heemskerk.kindpakket', 'kindpakket'),
    {
      ...inkomen,
      // Above 110% the Kindpakket is still open to parents in schuldhulpverlening or the Wsnp;
      // the check only knows whether there are debts or arrears (either can bring someone into
      // schuldhulp, art. 1 Wgs), so it asks rather than says no.
      check: (h, context) => {
        const result = inkomen.check(h, context);
        if (result?.verdict === 'fail' && result.key.startsWith('reasons.inkomen.fail') && heeftGeldzorgen(h) === 'ja') {
          return { ...result, verdict: 'unknown', key: 'schemes.kindpakket.reasons.schuldhulp' };
        }
        return result;
      },
    },
    verblijfsstatus('verblijf.vreemdelingenwet', 'gemeente'),
  ],
  toBring: ['digid', 'idBewijs', 'bankafschriften', 'offerteOfBon'],
  applyAt: ['gemeenteHeemskerkDigid'],
};
