/**
 * Kinderopvangtoeslag (Wet kinderopvang; Besluit kinderopvangtoeslag 2026)
 *
 * Een deel van de kosten van geregistreerde kinderopvang (dagopvang, bso, gastouder), voor ouders
 * die allebei (of als alleenstaande ouder) werken, studeren of een traject naar werk volgen. Er is
 * geen vermogenstoets en geen harde inkomensgrens: ook bij hoge inkomens blijft een vast deel.
 *
 * Alleen een indicatie, zonder bedrag: dat hangt af van de uren, de uurprijs en een tabel met
 * percentages per inkomen die wij niet hebben (zie national-figures.md §8, "NF").
 *
 * ⚠️ Niet gevraagd: of de opvang geregistreerd is (LRK) en of uw partner werkt of studeert. Bij een
 * stel zegt deze check daarom hooguit "vraag het na".
 */
import { verblijfsstatus } from '../../engine/conditions';
import type { CheckResult, Scheme } from '../../engine/types';
import type { Household } from '../../household/household';

const KEY = 'schemes.kinderopvangtoeslag.reasons';

function werkOfStudie(h: Household): CheckResult {
  if (h.inkomen.werk === null) return { verdict: 'unknown', key: `${KEY}.werk.unknown`, missing: ['inkomen'] };
  const werkt = h.inkomen.werk > 0 || h.studiefinanciering;
  if (!werkt) return { verdict: 'unknown', key: `${KEY}.werk.geenWerk` };
  return h.partner ? { verdict: 'unknown', key: `${KEY}.werk.partner` } : { verdict: 'pass', key: `${KEY}.werk.pass` };
}

export const kinderopvangtoeslag: Scheme = {
  id: 'kinderopvangtoeslag',
  kind: 'regeling',
  level: 'rijk',
  sourceIds: ['kinderopvangtoeslag.2026'],
  conditions: [
    {
      id: 'kinderopvang',
      sourceId: 'kinderopvangtoeslag.2026',
      check: (h) => (h.kinderopvang ? { verdict: 'pass', key: `${KEY}.kinderopvang.pass` } : { verdict: 'fail', key: `${KEY}.kinderopvang.fail` }),
      describe: () => ({ key: 'schemes.kinderopvangtoeslag.conditions.kinderopvang' }),
    },
    {
      id: 'werk',
      sourceId: 'kinderopvangtoeslag.2026',
      check: werkOfStudie,
      describe: () => ({ key: 'schemes.kinderopvangtoeslag.conditions.werk' }),
    },
    verblijfsstatus('verblijf.tijdelijkeBescherming', 'toeslag'),
  ],
  toBring: ['digid', 'jaaropgaaf', 'contractKinderopvang'],
  applyAt: ['dienstToeslagen'],
};
