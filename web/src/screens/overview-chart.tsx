import { useWords } from '../i18n/use-language';

export interface ChartRow {
  id: string;
  label: string;
  open: number;
  overdue: number;
}

const ROW = 26;
const LABEL = 210;
const WIDTH = 700;

/**
 * Open and overdue action items per task force as bars: the same figures as the table below
 * it, for seeing at a glance where work is late. Overdue is drawn hatched as well as darker,
 * so it does not depend on colour.
 */
export default function OverviewChart({ rows }: { rows: ChartRow[] }) {
  const { t } = useWords();
  const most = Math.max(1, ...rows.map((r) => r.open));
  const scale = (n: number) => ((WIDTH - LABEL - 40) * n) / most;
  const height = rows.length * ROW + 8;
  return (
    <figure className="chart">
      <figcaption id="overview-chart-caption">{t('overview.chartCaption')}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="overview-chart-caption"
        preserveAspectRatio="xMinYMin meet"
      >
        <defs>
          <pattern
            id="overdue-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#8f1116" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#fde2e2" strokeWidth="2" />
          </pattern>
        </defs>
        {rows.map((r, i) => (
          <g key={r.id} transform={`translate(0 ${i * ROW + 4})`}>
            <text x={LABEL - 8} y={ROW / 2 + 4} textAnchor="end" fontSize="12" fill="#1a1f26">
              {r.label}
            </text>
            <rect x={LABEL} y={3} width={scale(r.open)} height={ROW - 8} fill="#1d4f91" />
            <rect
              x={LABEL}
              y={3}
              width={scale(r.overdue)}
              height={ROW - 8}
              fill="url(#overdue-hatch)"
            />
            <text x={LABEL + scale(r.open) + 6} y={ROW / 2 + 4} fontSize="12" fill="#1a1f26">
              {r.overdue ? `${r.open} / ${r.overdue}` : r.open}
            </text>
          </g>
        ))}
      </svg>
      <p className="chart-legend">
        <span className="swatch swatch--open" aria-hidden="true" /> {t('overview.open')}{' '}
        <span className="swatch swatch--overdue" aria-hidden="true" /> {t('overview.overdue')}
      </p>
    </figure>
  );
}
