/**
 * The figures and phone numbers the translated texts name, filled into every text as placeholders
 * (i18next's default variables): ages and terms from the norms on the peildatum (normFigures.ts),
 * phone numbers from the contacts data. A locale text never writes them as digits
 * (tests/invariants/localeFigures.test.ts), so the yearly update of the norms, or a new phone
 * number, never touches six languages.
 *
 * Two parts, because the first screen must not download all the figures: the phone numbers come
 * with the app (its error and "outdated" messages need them); the figures from the norms come with
 * the rules, before the first screen that names one (`withNormFigures` in i18n.ts).
 *
 * ⚠️ Polish, Ukrainian and Arabic choose the noun's form by the number ("3 lata" / "5 lat"). The
 * texts are worded for today's values; a figure that changes (rare for these ages and terms) needs a
 * look at those words too.
 */
import { isolated } from './format';
import { channels } from '../rules';
import type { normFigures } from './normFigures';

export type TextFigures = ReturnType<typeof contactFigures> & ReturnType<typeof normFigures>;

export function contactFigures() {
  return {
    /** The municipality's number, isolated so it stays in order inside an Arabic sentence. */
    telefoonGemeente: isolated(channels.gemeenteHeemskerkLoket.phone),
  };
}
