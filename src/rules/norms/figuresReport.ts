/**
 * The yearly-update report behind `npm run figures`: every figure with its periods, source,
 * confidence and `verified`; which values end soon; which are provisional; and the problems that
 * must be fixed before a date: a figure in force today without a value for some day of the next
 * 30 days. Pure: the caller passes the date (the script passes today, the tests a fixed one).
 */
import { normsValidUntil, provisionalFigures } from './getNorm';
import { norms, sources, type NormId } from './norms';

export const ENDING_WITHIN_DAYS = 60;
export const MUST_COVER_DAYS = 30;

const DAY = 24 * 60 * 60 * 1000;

/** An ISO date plus whole days, by the UTC calendar (no time zone, no clock). */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

type Value = (typeof norms)[NormId]['values'][number];

const validTo = (v: Value): string | undefined => ('validTo' in v ? v.validTo : undefined);
const covers = (v: Value, day: string) => v.validFrom <= day && (validTo(v) === undefined || day <= validTo(v)!);
const mark = (v: Value): string => ('carriedForward' in v && v.carriedForward ? 'carried forward' : sources[v.sourceId].confidence === 'D' ? 'budget (D)' : '');

export type FiguresReport = { lines: string[]; problems: string[] };

export function figuresReport(today: string): FiguresReport {
  const horizon = addDays(today, MUST_COVER_DAYS);
  const soon = addDays(today, ENDING_WITHIN_DAYS);
  const lines: string[] = [`Figures on ${today} (all valid until ${normsValidUntil()})`, ''];
  const ending: string[] = [];
  const provisional: string[] = [];
  const problems: string[] = [];

  for (const [id, norm] of Object.entries(norms) as [NormId, (typeof norms)[NormId]][]) {
    lines.push(`${id} (${norm.unit}, checked ${norm.lastCheckedOn})`);
    for (const v of norm.values) {
      const period = `${v.validFrom} – ${validTo(v) ?? '…'}`;
      const now = covers(v, today) ? '▶' : ' ';
      const flags = [sources[v.sourceId].confidence, v.verified ? 'verified' : 'NOT verified', mark(v)].filter(Boolean).join(', ');
      lines.push(`  ${now} ${period.padEnd(25)} ${String(v.value).padStart(10)}  ${v.sourceId} [${flags}]`);
      const to = validTo(v);
      if (covers(v, today) && to !== undefined && to <= soon) ending.push(`${id}: ends ${to}`);
      if (mark(v) && (to === undefined || to >= today)) provisional.push(`${id}: ${mark(v)} ${period}`);
    }
    // Only a figure in force today must go on; one that has not started (a coming law) need not.
    if (norm.values.some((v) => covers(v, today))) {
      for (let day = today; day <= horizon; day = addDays(day, 1)) {
        // A figure whose rule the law drops (`vervaltNa`) needs no value after that day.
        if ('vervaltNa' in norm && day > norm.vervaltNa) break;
        if (!norm.values.some((v) => covers(v, day))) {
          problems.push(`${id}: no value on ${day} (in force today, needed for the next ${MUST_COVER_DAYS} days)`);
          break;
        }
      }
    }
  }

  lines.push('', `Ending within ${ENDING_WITHIN_DAYS} days (by ${soon}):`, ...(ending.length ? ending.map((l) => `  ${l}`) : ['  none']));
  lines.push('', 'Provisional, today or later (not final: replace when the definitive figure is published):', ...(provisional.length ? provisional.map((l) => `  ${l}`) : ['  none']));
  const groups = provisionalFigures().map((p) => `${p.group} (${p.provisional}, ${p.validFrom} – ${p.validTo ?? '…'})`);
  lines.push('', 'Footer groups (src/rules/norms/validUntil.ts):', ...(groups.length ? groups.map((g) => `  ${g}`) : ['  none']));
  lines.push('', problems.length ? `PROBLEMS (${problems.length}):` : `OK: every figure in force on ${today} has a value up to ${horizon}.`, ...problems.map((p) => `  ${p}`));
  return { lines, problems };
}
