import type { HourSales, MetricGrain, MetricPeriod } from '@ayni/contracts';
import { useMemo } from 'react';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { DASH, formatCount, formatMoney, formatMoneyShort } from '../lib/figures';
import { periodLabel } from '../lib/labels';
import type { DateRange } from '../lib/period';
import { reasonKey } from '../lib/reasons';
import { trendPoints } from '../lib/trend';
import { COLORS, Empty, HEAT, HEATMAP, heatColor, TEXT, type TooltipParam } from './chart-parts';
import { EChart } from './echart';

/** Revenue (or transactions) per period with the same periods a year before; gaps for nulls. */
export function TrendChart({
  rows,
  range,
  grain,
  field,
}: {
  rows: readonly MetricPeriod[];
  range: DateRange;
  grain: MetricGrain;
  field: 'revenue' | 'transactions';
}) {
  const { t, language } = useI18n();
  const points = useMemo(() => trendPoints(rows, range, field), [rows, range, field]);
  const format = field === 'revenue' ? formatMoney : (value: number | null) => formatCount(value);
  const option = useMemo(() => {
    const names = [t('dashboards.trend.current'), t('dashboards.trend.lastYear')];
    const show = (value: number | null, reason: string | null) =>
      value === null
        ? `${DASH} (${t('dashboards.chart.gap', { reason: t(reasonKey(reason)) })})`
        : format(value);
    return {
      aria: { enabled: false },
      color: [COLORS.current, COLORS.lastYear],
      grid: { left: 8, right: 12, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, textStyle: TEXT, data: names },
      tooltip: {
        trigger: 'axis',
        formatter: (params: TooltipParam[]) => {
          const point = points[params[0]?.dataIndex ?? 0];
          if (!point) return '';
          return [
            periodLabel(point.period, grain, language),
            `${params[0]?.marker ?? ''}${names[0]}: ${show(point.value, point.reason)}`,
            `${params[1]?.marker ?? ''}${names[1]}: ${show(point.lastYear, point.lastYearReason)}`,
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'category',
        data: points.map((point) => periodLabel(point.period, grain, language)),
        axisLabel: TEXT,
      },
      yAxis: {
        type: 'value',
        axisLabel: {
          ...TEXT,
          formatter: (value: number) =>
            field === 'revenue' ? formatMoneyShort(value, language) : formatCount(value, true, language),
        },
      },
      series: [
        {
          name: names[0],
          type: 'line',
          data: points.map((point) => point.value),
          connectNulls: false,
          showSymbol: points.length <= 40,
          lineStyle: { width: 2.5 },
        },
        {
          name: names[1],
          type: 'line',
          data: points.map((point) => point.lastYear),
          connectNulls: false,
          showSymbol: false,
          lineStyle: { width: 1.5, type: 'dashed' },
        },
      ],
    };
  }, [points, grain, language, field, t, format]);
  if (points.length === 0) return <Empty />;
  const total = points.reduce((sum, point) => sum + (point.value ?? 0), 0);
  return (
    <EChart
      testId={`trend-${field}`}
      option={option}
      label={t('dashboards.trend.label', {
        metric: t(field === 'revenue' ? 'dashboards.kpi.revenue' : 'dashboards.kpi.transactions'),
        grain: t(`dashboards.grain.${grain}`),
        from: formatDate(range.from),
        to: formatDate(range.to),
        total: format(total),
      })}
    />
  );
}

/** Net sales on a weekday × hour grid (Monday first, 0–23 h). */
export function HeatmapChart({ cells, range }: { cells: readonly HourSales[]; range: DateRange }) {
  const { t } = useI18n();
  const days = [1, 2, 3, 4, 5, 6, 7].map((day) => t(`dashboards.weekday.${day}` as 'dashboards.weekday.1'));
  const option = useMemo(() => {
    const max = Math.max(1, ...cells.map((cell) => cell.revenue));
    return {
      aria: { enabled: false },
      grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        formatter: (param: { value: [number, number, number] }) => {
          const [hour, day, revenue] = param.value;
          const cell = cells.find((item) => item.hour === hour && item.weekday === day + 1);
          return `${days[day]} ${String(hour).padStart(2, '0')}:00<br/>${formatMoney(revenue)} · ${formatCount(
            cell?.transactions ?? 0,
          )} ${t('dashboards.top.transactions').toLowerCase()}`;
        },
      },
      xAxis: {
        type: 'category',
        data: Array.from({ length: 24 }, (_, hour) => String(hour)),
        axisLabel: TEXT,
        splitArea: { show: true },
      },
      yAxis: { type: 'category', data: days, inverse: true, axisLabel: TEXT },
      series: [
        {
          type: 'heatmap',
          data: cells.map((cell) => ({
            value: [cell.hour, cell.weekday - 1, cell.revenue],
            itemStyle: { color: heatColor(cell.revenue / max) },
          })),
          emphasis: { itemStyle: { borderColor: '#0f172a', borderWidth: 1 } },
        },
      ],
    };
  }, [cells, days, t]);
  if (cells.every((cell) => cell.revenue === 0)) return <Empty />;
  const peak = cells.reduce(
    (best, cell) => (cell.revenue > best.revenue ? cell : best),
    cells[0] as HourSales,
  );
  return (
    <>
      <EChart
        testId="hours-heatmap"
        kinds={HEATMAP}
        height={260}
        option={option}
        label={t('dashboards.heatmap.label', {
          from: formatDate(range.from),
          to: formatDate(range.to),
          peak: `${days[peak.weekday - 1]} ${peak.hour}:00, ${formatMoney(peak.revenue)}`,
        })}
      />
      <div aria-hidden="true" className="flex items-center justify-center gap-2 pb-1 text-xs text-slate-600">
        {t('dashboards.heatmap.low')}
        <span className="flex">
          {HEAT.map((color) => (
            <span key={color} className="h-3 w-6" style={{ background: color }} />
          ))}
        </span>
        {t('dashboards.heatmap.high')}
      </div>
    </>
  );
}
