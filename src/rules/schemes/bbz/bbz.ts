/**
 * Bbz 2004 (Besluit bijstandverlening zelfstandigen 2004)
 *
 * Bijstand voor levensonderhoud voor ondernemers van 18 jaar tot de AOW-leeftijd met een inkomen
 * onder de bijstandsnorm, en niet te veel vermogen (grens in art. 3 Bbz). De gemeente kijkt ook of
 * het bedrijf levensvatbaar is; dat kan deze check niet, dus de uitkomst is hooguit "vraag het na".
 * Wie in Heemskerk de Bbz uitvoert, is niet gevonden.
 */
import { aanvragerOnderAowLeeftijd, inkomenTotPercentage, minimumLeeftijd, ondernemer, verblijfsstatus } from '../../engine/conditions';
import type { CheckResult, Scheme } from '../../engine/types';

const KEY = 'schemes.bbz.reasons';

export const bbz: Scheme = {
  id: 'bbz',
  kind: 'regeling',
  level: 'rijk',
  sourceIds: ['bbz2004', 'normenbrief.2026-01-01'],
  conditions: [
    ondernemer('bbz2004'),
    minimumLeeftijd('bbz2004'),
    aanvragerOnderAowLeeftijd('bbz2004'),
    // ⚠️ "Levensonderhoud up to the bijstandsnorm" follows Bbz art. 22's reference to the PW norms;
    // the Bbz article on levensonderhoud itself was not read, so the figure is marked unverified.
    inkomenTotPercentage('bbz2004', 'bbz.inkomensgrens'),
    // ⚠️ Medisch urenbeperkt is not applied here, though the text takes it over. Bbz art. 1 e (text
    // 1-1-2025, BWBR0015711, MinBZK/regelrecht) defines the netto inkomen as the income "bedoeld in
    // hoofdstuk 3, paragraaf 3.4 van de wet": that paragraph holds art. 31 (lid 2 y, 2026) and, from
    // 1-1-2027, art. 34a (lid 1 b); the Bbz excludes neither (its only exception there is art. 31
    // lid 3, for the bruto inkomen of art. 1 f). Bbz support is algemene bijstand (art. 2 lid 1), so
    // "voor zover hij algemene bijstand ontvangt" is met, and art. 6b lid 2 lets the college
    // establish the status of anyone on algemene bijstand (art. 7 lid 1 a 1°). Not applied because
    // the questionnaire does not ask the self-employed about the status (nodigMedischUrenbeperkt),
    // the Bbz counts a boekjaar's income (art. 6 lid 1) against art. 31 lid 2 y's monthly maximum,
    // and whether a zelfstandige's profit is "inkomsten uit arbeid" there was not read: a choice
    // for a policy officer, not a guess in the rules.
    {
      id: 'vermogen',
      sourceId: 'bbz2004',
      // ⚠️ Between the two amounts part of the assets counts (art. 3 lid 1 b); how exactly was not
      // read, so that band asks. Only savings are asked, not the business assets.
      check: (h, context): CheckResult => {
        const grens = context.norm('bbz.vermogensgrens').value;
        const ondergrens = context.norm('bbz.vermogensgrensDeels').value;
        const params = { grens: { money: grens }, ondergrens: { money: ondergrens } };
        if (h.vermogen === null) return { verdict: 'unknown', key: 'reasons.vermogen.unknown', params, missing: ['vermogen'] };
        const verdict = h.vermogen > grens ? 'fail' : h.vermogen > ondergrens ? 'unknown' : 'pass';
        return { verdict, key: `${KEY}.vermogen.${verdict}`, params: { ...params, vermogen: { money: h.vermogen } } };
      },
    },
    {
      id: 'levensvatbaar',
      sourceId: 'bbz2004',
      check: () => ({ verdict: 'unknown', key: `${KEY}.levensvatbaar` }),
    },
    verblijfsstatus('verblijf.participatiewet', 'bijstand', { waarschuwing: true }),
  ],
  toBring: ['digid', 'idBewijs', 'jaarcijfers', 'uittrekselKvk', 'bankafschriften', 'spaarrekeningen'],
  applyAt: ['gemeenteHeemskerkLoket'],
};
