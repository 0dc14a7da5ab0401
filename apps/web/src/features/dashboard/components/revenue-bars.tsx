import type { DashboardSummary } from '@ayni/contracts';
import { formatCLP, formatCompactCLP, formatMonth } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { niceScale } from '../lib/chart-scale';

type MonthPoint = DashboardSummary['by_month'][number];

const HEIGHT = 260;
const PAD = { top: 12, right: 8, bottom: 28, left: 64 };
const MIN_LABEL_SPACE = 68;
const TICKS = 4;

export interface RevenueBarsProps {
  data: MonthPoint[];
  /** Drawing width in CSS pixels (the container's), so text keeps its size on any screen. */
  width: number;
}

/** Monthly net revenue as a hand-drawn, accessible SVG bar chart. */
export function RevenueBars({ data, width }: RevenueBarsProps) {
  const { language, t } = useI18n();
  const points = [...data].sort((a, b) => a.month.localeCompare(b.month));
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) {
    return <p className="py-16 text-center text-sm text-slate-500">{t('dashboard.chart.empty')}</p>;
  }

  const best = points.reduce((top, point) => (point.revenue > top.revenue ? point : top), first);
  const { top, step } = niceScale(best.revenue, TICKS);
  const plotWidth = width - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const band = plotWidth / points.length;
  const barWidth = Math.min(48, band * 0.68);
  const labelEvery = Math.max(1, Math.ceil(MIN_LABEL_SPACE / band));
  const y = (value: number) => PAD.top + plotHeight - (Math.max(0, value) / top) * plotHeight;

  const label = t('dashboard.chart.label', {
    from: formatMonth(first.month, language),
    to: formatMonth(last.month, language),
    max: `${formatMonth(best.month, language)}, ${formatCLP(best.revenue)}`,
  });

  return (
    <svg
      data-testid="revenue-chart"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      width="100%"
      height={HEIGHT}
      className="block overflow-visible text-[11px]"
    >
      {Array.from({ length: TICKS + 1 }, (_, index) => {
        const value = step * index;
        return (
          <g key={value}>
            <line
              x1={PAD.left}
              x2={width - PAD.right}
              y1={y(value)}
              y2={y(value)}
              className={index === 0 ? 'stroke-slate-300' : 'stroke-slate-100'}
            />
            <text x={PAD.left - 8} y={y(value)} dy="0.32em" textAnchor="end" className="fill-slate-400">
              {formatCompactCLP(value, language)}
            </text>
          </g>
        );
      })}
      {points.map((point, index) => {
        const x = PAD.left + band * index + (band - barWidth) / 2;
        const barTop = y(point.revenue);
        const text = `${formatMonth(point.month, language)}: ${formatCLP(point.revenue)}`;
        return (
          <g key={point.month}>
            <rect
              x={x}
              y={barTop}
              width={barWidth}
              height={Math.max(0, PAD.top + plotHeight - barTop)}
              rx={Math.min(4, barWidth / 4)}
              className="fill-teal-600 transition-colors hover:fill-teal-800"
            >
              <title>{text}</title>
            </rect>
            {(points.length - 1 - index) % labelEvery === 0 && (
              <text
                x={x + barWidth / 2}
                y={HEIGHT - PAD.bottom + 18}
                textAnchor="middle"
                className="fill-slate-500"
              >
                {formatMonth(point.month, language)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
