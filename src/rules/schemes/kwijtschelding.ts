/**
 * Kwijtschelding gemeentelijke belastingen
 *
 * Wie geen betalingscapaciteit en geen vermogen heeft, hoeft afvalstoffenheffing en rioolheffing
 * niet te betalen (Uitvoeringsregeling Invorderingswet 1990). Heemskerk rekent met 100% van de
 * bijstandsnorm als kosten van bestaan (begroting 2019; de huidige verordening is niet gevonden).
 * Woonlasten en zorgpremie tellen ook mee, dus boven de norm is gedeeltelijke kwijtschelding
 * mogelijk: daar zegt de check "vraag het aan".
 */
import { bijstandsnorm } from '../household/bijstandsnorm';
import { netIncome } from '../household/netIncome';
import { vergelijkVermogen, woontInHeemskerk } from '../engine/conditions';
import type { CheckResult, Scheme } from '../engine/types';

const KEY = 'schemes.kwijtschelding.reasons';

export const kwijtschelding: Scheme = {
  id: 'kwijtschelding',
  kind: 'regeling',
  level: 'gemeente',
  sourceIds: ['uri1990.art16', 'heemskerk.kwijtscheldingsbeleid'],
  conditions: [
    woontInHeemskerk('heemskerk.kwijtscheldingsbeleid'),
    {
      id: 'betalingscapaciteit',
      sourceId: 'uri1990.art16',
      check: (h, context): CheckResult => {
        const norm = bijstandsnorm(h, context);
        if (!norm) return { verdict: 'fail', key: 'reasons.inkomen.geenNorm' };
        const percentage = context.norm('kwijtschelding.kostenVanBestaan').value;
        const grens = Math.round((norm.bedrag * percentage) / 100);
        const params = { grens: { money: grens }, percentage: { percent: percentage }, huishouden: { term: norm.huishouden }, personen: norm.kostendelers ?? 0 };
        const inkomen = netIncome(h);
        if (inkomen === null) return { verdict: 'unknown', key: 'reasons.inkomen.unknown', params, missing: ['inkomen'] };
        const verdict = inkomen <= grens ? 'pass' : 'unknown';
        return { verdict, key: `${KEY}.betalingscapaciteit.${verdict}`, params: { ...params, inkomen: { money: inkomen } } };
      },
    },
    {
      id: 'vermogen',
      sourceId: 'uri1990.art16',
      // Savings up to about one month's kosten van bestaan are left alone (URI art. 12); above
      // that they may have to pay the tax first, which the municipality weighs case by case.
      check: (h, context) => {
        const norm = bijstandsnorm(h, context);
        return norm ? vergelijkVermogen(h, norm.bedrag, `${KEY}.vermogen`, 'unknown') : null;
      },
    },
  ],
  toBring: ['aanslagBelastingen', 'bankafschriften', 'inkomensspecificatie', 'huurspecificatie', 'toeslagenbeschikking'],
  applyAt: ['gemeenteHeemskerkBelastingen'],
};
