/**
 * Total monthly support against net income, drawn on the device as SVG: from no income to where
 * support ends, with "you are here" and a dashed line where a scheme stops. A table carries the
 * same figures for screen readers and for anyone who prefers numbers. The chart runs left to right
 * in every language, like the amounts on a bank statement.
 */
import { useTranslation } from 'react-i18next';
import type { SupportByIncome } from '../rules';
import { formatMoney } from '../i18n/format';
import { runtimeKey } from '../i18n/keys';

const W = 340;
const H = 180;
const LEFT = 8;
const BOTTOM = 24;
const TOP = 16;
/** Every fifth point in the table (each € 250), plus the cliffs and "you are here". */
const TABLE_EVERY = 5;

export function IncomeChart({ chart }: { chart: SupportByIncome }) {
  const { t, i18n } = useTranslation();
  const money = (cents: number) => formatMoney(cents, i18n.language);
  const { punten, cliffs, hier } = chart;
  const maxInkomen = punten.at(-1)!.inkomen;
  const maxSteun = Math.max(...punten.map((p) => p.perMaand), hier?.perMaand ?? 0);
  if (maxInkomen === 0 || maxSteun === 0) return null;
  const x = (inkomen: number) => LEFT + (Math.min(inkomen, maxInkomen) / maxInkomen) * (W - 2 * LEFT);
  const y = (steun: number) => H - BOTTOM - (steun / maxSteun) * (H - BOTTOM - TOP);
  const line = punten.map((p) => `${x(p.inkomen).toFixed(1)},${y(p.perMaand).toFixed(1)}`).join(' ');
  const rows = punten.filter((_, i) => i % TABLE_EVERY === 0 || i === punten.length - 1);
  const schemeName = (id: string) => t(runtimeKey(`schemes.${id}.name`));
  return (
    <section aria-labelledby="income-chart" className="income-chart">
      <h2 className="utrecht-heading-2" id="income-chart">
        {t('incomeChart.title')}
      </h2>
      <p className="utrecht-paragraph">{t('incomeChart.intro')}</p>
      <figure className="income-chart__figure" dir="ltr">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="income-chart-caption" className="income-chart__svg">
          <line x1={LEFT} y1={H - BOTTOM} x2={W - LEFT} y2={H - BOTTOM} className="income-chart__axis" />
          {cliffs.map((cliff) => (
            <line key={cliff.schemeId} x1={x(cliff.inkomen)} y1={TOP} x2={x(cliff.inkomen)} y2={H - BOTTOM} className="income-chart__cliff" />
          ))}
          <polyline points={line} className="income-chart__line" />
          {hier && (
            <g>
              <circle cx={x(hier.inkomen)} cy={y(hier.perMaand)} r="5" className="income-chart__here" />
              <text x={Math.min(x(hier.inkomen) + 8, W - 80)} y={Math.max(y(hier.perMaand) - 8, 12)} className="income-chart__label">
                {t('incomeChart.here')}
              </text>
            </g>
          )}
          <text x={LEFT} y={H - 6} className="income-chart__label">
            {money(0)}
          </text>
          <text x={W - LEFT} y={H - 6} textAnchor="end" className="income-chart__label">
            {money(maxInkomen)}
          </text>
          <text x={LEFT} y={TOP - 4} className="income-chart__label">
            {money(maxSteun)}
          </text>
        </svg>
        <figcaption id="income-chart-caption" dir="auto">
          {t('incomeChart.caption', { vanaf: money(0), bedrag: money(maxInkomen) })}
        </figcaption>
      </figure>
      {cliffs.length > 0 && (
        <ul className="income-chart__cliffs">
          {cliffs.map((cliff) => (
            <li key={cliff.schemeId}>{t('incomeChart.cliff', { naam: schemeName(cliff.schemeId), bedrag: money(cliff.inkomen - 1) })}</li>
          ))}
        </ul>
      )}
      <p className="utrecht-paragraph">{t('incomeChart.estimated')}</p>
      <details className="income-chart__table">
        <summary>{t('incomeChart.table')}</summary>
        {/* Focusable, so a keyboard can scroll it where it is wider than the screen. */}
        <div className="income-chart__scroll" role="region" aria-labelledby="income-chart-table-caption" tabIndex={0}>
          <table className="utrecht-table">
            <caption id="income-chart-table-caption">{t('incomeChart.caption', { vanaf: money(0), bedrag: money(maxInkomen) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('incomeChart.income')}</th>
                <th scope="col">{t('incomeChart.support')}</th>
              </tr>
            </thead>
            <tbody>
              {hier && (
                <tr className="income-chart__here-row">
                  <th scope="row">
                    <span className="income-chart__amount">{money(hier.inkomen)}</span> ({t('incomeChart.here')})
                  </th>
                  <td>{money(hier.perMaand)}</td>
                </tr>
              )}
              {rows.map((p) => (
                <tr key={p.inkomen}>
                  <th scope="row">
                    <span className="income-chart__amount">{money(p.inkomen)}</span>
                  </th>
                  <td>{money(p.perMaand)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
