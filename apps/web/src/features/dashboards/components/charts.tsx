import type { HourSales, MetricGrain, MetricPeriod } from '@ayni/contracts';
import { useMemo } from 'react';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { DASH, formatCount, formatMoney, formatMoneyShort, formatPercent } from '../lib/figures';
import { num, reasonOf } from '../lib/kpi';
import { periodLabel } from '../lib/labels';
import type { DateRange } from '../lib/period';
import { reasonKey } from '../lib/reasons';
import { trendPoints } from '../lib/trend';
import { EChart } from './echart';

/** Colour-blind-safe pairs with enough contrast on white. */
export const COLORS = {
  current: '#0f766e',
  lastYear: '#64748b',
  returning: '#b45309',
  cost: '#64748b',
  discount: '#b45309',
  marginPct: '#6d28d9',
};

const TEXT = { color: '#475569', fontSize: 11 };
const BAR = ['bar'] as const;
const HEATMAP = ['heatmap'] as const;

/** Sequential teal scale for the heatmap (light = little, dark = much). */
const HEAT = ['#f0fdfa', '#99f6e4', '#2dd4bf', '#0d9488', '#115e59'];

export function heatColor(share: number): string {
  if (!(share > 0)) return '#f8fafc';
  return HEAT[Math.min(HEAT.length - 1, Math.floor(share * HEAT.length))] as string;
}

interface TooltipParam {
  dataIndex: number;
  seriesIndex: number;
  seriesName: string;
  marker: string;
}

function Empty() {
  const { t } = useI18n();
  return <p className="py-16 text-center text-sm text-slate-500">{t('dashboards.chart.empty')}</p>;
}

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
            field === 'revenue' ? formatMoneyShort(value) : formatCount(value, true),
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

/** New and returning customers per period, stacked. */
export function CustomersChart({
  rows,
  range,
  grain,
}: {
  rows: readonly MetricPeriod[];
  range: DateRange;
  grain: MetricGrain;
}) {
  const { t, language } = useI18n();
  const inside = useMemo(
    () =>
      rows
        .filter((row) => row.period_end >= range.from && row.period_start <= range.to)
        .sort((a, b) => a.period_start.localeCompare(b.period_start)),
    [rows, range],
  );
  const option = useMemo(() => {
    const names = [t('dashboards.customers.new'), t('dashboards.customers.returning')];
    const fields = ['new_customers', 'returning_customers'];
    return {
      aria: { enabled: false },
      color: [COLORS.current, COLORS.returning],
      grid: { left: 8, right: 12, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, textStyle: TEXT, data: names },
      tooltip: {
        trigger: 'axis',
        formatter: (params: TooltipParam[]) => {
          const row = inside[params[0]?.dataIndex ?? 0];
          if (!row) return '';
          return [
            periodLabel(row.period, grain, language),
            ...fields.map((field, index) => {
              const value = num(row, field);
              const shown =
                value === null
                  ? `${DASH} (${t('dashboards.chart.gap', { reason: t(reasonKey(reasonOf(row, field))) })})`
                  : formatCount(value);
              return `${params[index]?.marker ?? ''}${names[index]}: ${shown}`;
            }),
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'category',
        data: inside.map((row) => periodLabel(row.period, grain, language)),
        axisLabel: TEXT,
      },
      yAxis: { type: 'value', axisLabel: TEXT, minInterval: 1 },
      series: fields.map((field, index) => ({
        name: names[index],
        type: 'bar',
        stack: 'customers',
        data: inside.map((row) => num(row, field)),
      })),
    };
  }, [inside, grain, language, t]);
  if (inside.length === 0) return <Empty />;
  return (
    <EChart
      testId="customers-chart"
      kinds={BAR}
      option={option}
      label={t('dashboards.customers.label', {
        grain: t(`dashboards.grain.${grain}`),
        from: formatDate(range.from),
        to: formatDate(range.to),
      })}
    />
  );
}

/** Margin, cost and discounts per period (bars) with the margin % (line, right axis). */
export function FinanceChart({
  rows,
  range,
  grain,
}: {
  rows: readonly MetricPeriod[];
  range: DateRange;
  grain: MetricGrain;
}) {
  const { t, language } = useI18n();
  const inside = useMemo(
    () =>
      rows
        .filter((row) => row.period_end >= range.from && row.period_start <= range.to)
        .sort((a, b) => a.period_start.localeCompare(b.period_start)),
    [rows, range],
  );
  const option = useMemo(() => {
    const series = [
      { field: 'gross_margin', name: t('dashboards.finance.margin'), format: formatMoney },
      { field: 'cost', name: t('dashboards.finance.cost'), format: formatMoney },
      { field: 'discount', name: t('dashboards.finance.discount'), format: formatMoney },
      { field: 'margin_pct', name: t('dashboards.finance.marginPct'), format: formatPercent },
    ];
    return {
      aria: { enabled: false },
      color: [COLORS.current, COLORS.cost, COLORS.discount, COLORS.marginPct],
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, textStyle: TEXT, data: series.map((item) => item.name) },
      tooltip: {
        trigger: 'axis',
        formatter: (params: TooltipParam[]) => {
          const row = inside[params[0]?.dataIndex ?? 0];
          if (!row) return '';
          return [
            periodLabel(row.period, grain, language),
            ...series.map((item, index) => {
              const value = num(row, item.field);
              const shown =
                value === null
                  ? `${DASH} (${t('dashboards.chart.gap', { reason: t(reasonKey(reasonOf(row, item.field))) })})`
                  : item.format(value);
              return `${params[index]?.marker ?? ''}${item.name}: ${shown}`;
            }),
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'category',
        data: inside.map((row) => periodLabel(row.period, grain, language)),
        axisLabel: TEXT,
      },
      yAxis: [
        { type: 'value', axisLabel: { ...TEXT, formatter: (value: number) => formatMoneyShort(value) } },
        {
          type: 'value',
          axisLabel: { ...TEXT, formatter: (value: number) => `${value} %` },
          splitLine: { show: false },
        },
      ],
      series: series.map((item, index) => ({
        name: item.name,
        type: index === 3 ? 'line' : 'bar',
        yAxisIndex: index === 3 ? 1 : 0,
        connectNulls: false,
        data: inside.map((row) => num(row, item.field)),
      })),
    };
  }, [inside, grain, language, t]);
  if (inside.length === 0) return <Empty />;
  return (
    <EChart
      testId="finance-chart"
      kinds={BAR}
      option={option}
      label={t('dashboards.finance.label', {
        grain: t(`dashboards.grain.${grain}`),
        from: formatDate(range.from),
        to: formatDate(range.to),
      })}
    />
  );
}
