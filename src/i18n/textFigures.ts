/**
 * The figures and phone numbers the translated texts name, filled into every text as placeholders
 * (i18next's default variables): ages and terms from the norms on the peildatum, phone numbers from
 * the contacts data. A locale text never writes them as digits (tests/invariants/localeFigures.test.ts),
 * so the yearly update of the norms, or a new phone number, never touches six languages.
 *
 * ⚠️ Polish, Ukrainian and Arabic choose the noun's form by the number ("3 lata" / "5 lat"). The
 * texts are worded for today's values; a figure that changes (rare for these ages and terms) needs a
 * look at those words too.
 */
import { isolated } from '../results/format';
import { channels, getNorm } from '../rules';

export type TextFigures = ReturnType<typeof textFigures>;

export function textFigures(peildatum: string) {
  const norm = (id: Parameters<typeof getNorm>[0]) => getNorm(id, peildatum).value;
  return {
    /** Children are counted below this age (kinderbijslag, kindgebonden budget, the minimaregelingen). */
    meerderjarig: norm('leeftijd.meerderjarig'),
    /** IOAW: unemployed at this age or later. */
    ioawLeeftijd: norm('ioaw.leeftijdWerkloos'),
    /** IIT: years of low income before it can be granted (the norm is in months). */
    iitJaren: norm('iit.referteperiode') / 12,
    /** Debts not paid off within this many years are problematic (the norm is in months). */
    afbetaalJaren: norm('schuldhulp.afbetaaltermijn') / 12,
    /** How long the Wsnp usually lasts, in months. */
    wsnpMaanden: norm('wsnp.looptijd'),
    /** The municipality's number, isolated so it stays in order inside an Arabic sentence. */
    telefoonGemeente: isolated(channels.gemeenteHeemskerkLoket.phone),
  };
}
