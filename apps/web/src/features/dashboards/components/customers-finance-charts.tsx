import type { MetricGrain, MetricPeriod } from '@ayni/contracts';
import { useMemo } from 'react';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { DASH, formatCount, formatMoney, formatMoneyShort, formatPercent } from '../lib/figures';
import { num, reasonOf } from '../lib/kpi';
import { periodLabel } from '../lib/labels';
import type { DateRange } from '../lib/period';
import { reasonKey } from '../lib/reasons';
import { BAR, COLORS, Empty, TEXT, type TooltipParam } from './chart-parts';
import { EChart } from './echart';

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
  // Files that never name a customer: nothing to chart, and why.
  if (inside.every((row) => reasonOf(row, 'customers') === 'NO_CUSTOMER_DATA'))
    return <Empty message={t('dashboards.customers.none')} testId="customers-empty" />;
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
const FINANCE_FIELDS = ['gross_margin', 'cost', 'discount', 'margin_pct'] as const;

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
        {
          type: 'value',
          axisLabel: { ...TEXT, formatter: (value: number) => formatMoneyShort(value, language) },
        },
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
  // A file without costs or discounts has nothing to draw here: an empty frame would look broken.
  if (inside.every((row) => FINANCE_FIELDS.every((field) => num(row, field) === null)))
    return <Empty message={t('dashboards.finance.empty')} testId="finance-empty" />;
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
