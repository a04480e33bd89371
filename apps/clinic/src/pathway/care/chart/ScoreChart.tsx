import type { PathwayState } from '@rygforlob/domain';
import { useI18n } from '@rygforlob/ui';
import { type Series, seriesOf } from './series.ts';

const W = 240;
const H = 110;
const PAD = { left: 26, right: 10, top: 8, bottom: 20 };
const DAY = 86_400_000;

/**
 * Pain and scores over time as small line charts, one per measure with its own scale, sharing
 * the time axis. Each chart is one image with a summary for screen readers, and every value is
 * also in a table that only assistive technology sees.
 */
export function ScoreChart({ state }: { state: PathwayState }) {
  const { t, date } = useI18n();
  const series = seriesOf(state);
  if (series.length === 0) {
    return (
      <section aria-labelledby="chart-title">
        <h2 id="chart-title">{t('clinic.care.chart.title')}</h2>
        <p className="ry-help">{t('clinic.care.chart.empty')}</p>
      </section>
    );
  }
  const times = series.flatMap((s) => s.points.map((p) => Date.parse(p.at)));
  const first = Math.min(...times);
  const last = Math.max(...times);
  // A single day is widened so its points sit mid-chart instead of on an edge.
  const [from, to] = last - first < DAY ? [first - DAY, last + DAY] : [first, last];
  const x = (at: string) => PAD.left + ((Date.parse(at) - from) / (to - from)) * (W - PAD.left - PAD.right);
  const rows = series
    .flatMap((s) => s.points.map((p) => ({ ...p, series: s })))
    .sort((a, b) => a.at.localeCompare(b.at));
  const label = (s: Series) => t(`clinic.care.chart.${s.key}`);
  const shown = (s: Series, value: number) => `${value}${s.unit}`;

  return (
    <section aria-labelledby="chart-title">
      <h2 id="chart-title">{t('clinic.care.chart.title')}</h2>
      <div className="ry-charts">
        {series.map((s) => {
          const y = (v: number) => PAD.top + (1 - v / s.max) * (H - PAD.top - PAD.bottom);
          const start = s.points[0];
          const end = s.points.at(-1);
          if (!start || !end) return null;
          const summary =
            s.points.length === 1
              ? t('clinic.care.chart.summaryOne', {
                  series: label(s),
                  value: shown(s, start.value),
                  date: date(start.at),
                })
              : t('clinic.care.chart.summary', {
                  series: label(s),
                  n: s.points.length,
                  first: shown(s, start.value),
                  firstDate: date(start.at),
                  last: shown(s, end.value),
                  lastDate: date(end.at),
                });
          return (
            <figure key={s.key} className="ry-chart">
              <figcaption>
                {label(s)}{' '}
                <span className="ry-help">
                  {t('clinic.care.chart.latest', { value: shown(s, end.value) })}
                </span>
              </figcaption>
              <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
                {[0, s.max / 2, s.max].map((tick) => (
                  <g key={tick}>
                    <line
                      className="ry-chart__axis"
                      x1={PAD.left}
                      x2={W - PAD.right}
                      y1={y(tick)}
                      y2={y(tick)}
                    />
                    <text className="ry-chart__label" x={PAD.left - 4} y={y(tick) + 3} textAnchor="end">
                      {Math.round(tick)}
                    </text>
                  </g>
                ))}
                <text className="ry-chart__label" x={PAD.left} y={H - 4}>
                  {date(new Date(first).toISOString()).slice(0, 5)}
                </text>
                {last !== first && (
                  <text className="ry-chart__label" x={W - PAD.right} y={H - 4} textAnchor="end">
                    {date(new Date(last).toISOString()).slice(0, 5)}
                  </text>
                )}
                {s.points.length > 1 && (
                  <polyline
                    className="ry-chart__line"
                    points={s.points.map((p) => `${x(p.at)},${y(p.value)}`).join(' ')}
                  />
                )}
                {s.points.map((p) => (
                  <circle key={p.at} className="ry-chart__point" cx={x(p.at)} cy={y(p.value)} r={3} />
                ))}
              </svg>
            </figure>
          );
        })}
      </div>
      {/* Hidden in a wrapper: a table's own width rules would otherwise widen the page. */}
      <div className="ry-visually-hidden">
        <table className="ry-table">
          <caption>{t('clinic.care.chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('clinic.care.date')}</th>
              <th scope="col">{t('clinic.care.chart.measure')}</th>
              <th scope="col">{t('clinic.care.chart.value')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.series.key}-${row.at}`}>
                <td>{date(row.at)}</td>
                <td>{label(row.series)}</td>
                <td>{shown(row.series, row.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
