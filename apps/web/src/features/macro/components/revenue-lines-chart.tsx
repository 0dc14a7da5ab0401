import type { MetricGrain, MetricPeriod } from '@ayni/contracts';
import { useMemo } from 'react';
import { formatCompactCLP } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { EChart } from '../../dashboards/components/echart';
import { periodLabel } from '../../dashboards/lib/labels';

const TEXT = { color: '#475569', fontSize: 11 };
const AMBER = '#b45309';
const num = (row: MetricPeriod, field: string) =>
  typeof row[field] === 'number' ? (row[field] as number) : null;

/** Nominal vs real revenue (left axis) and revenue in UF (right axis), one point per period. */
export function RevenueLinesChart({
  rows,
  grain,
  label,
  testId,
}: {
  rows: readonly MetricPeriod[];
  grain: MetricGrain;
  label: string;
  testId: string;
}) {
  const { t, language } = useI18n();
  const option = useMemo(
    () => ({
      aria: { enabled: false },
      color: ['#0f766e', '#f59e0b', '#6366f1'],
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, textStyle: TEXT },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: rows.map((r) => periodLabel(r.period, grain, language)),
        axisLabel: TEXT,
      },
      yAxis: [
        { type: 'value', axisLabel: { ...TEXT, formatter: (v: number) => formatCompactCLP(v, language) } },
        {
          type: 'value',
          axisLabel: { ...TEXT, formatter: (v: number) => `${v} UF` },
          splitLine: { show: false },
        },
      ],
      series: [
        {
          name: t('macro.revenue.nominal'),
          type: 'line',
          // A month covered only in part (the one in progress) is a hollow amber point: its drop
          // is not a fall in sales.
          data: rows.map((r) =>
            r.partial === true
              ? { value: r.revenue, symbol: 'emptyCircle', symbolSize: 9, itemStyle: { color: AMBER } }
              : r.revenue,
          ),
        },
        {
          name: t('macro.revenue.real'),
          type: 'line',
          connectNulls: false,
          data: rows.map((r) => num(r, 'revenue_real')),
        },
        {
          name: t('macro.revenue.uf'),
          type: 'line',
          yAxisIndex: 1,
          lineStyle: { type: 'dashed' },
          connectNulls: false,
          data: rows.map((r) => num(r, 'revenue_uf')),
        },
      ],
    }),
    [rows, grain, language, t],
  );
  const partial = rows.filter((r) => r.partial === true).map((r) => periodLabel(r.period, grain, language));
  const note = partial.length === 0 ? '' : ` ${t('common.partial.chart', { periods: partial.join(', ') })}`;
  return <EChart testId={testId} option={option} label={label + note} height={240} />;
}
