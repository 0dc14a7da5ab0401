import { customerLabel, sortRows } from '@ayni/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { formatCompactCLP } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { EChart } from '../../dashboards/components/echart';
import type { ExplorerRow } from '../api/explorer';
import { formatValue } from '../lib/format-value';

const NO_EXTRA_KINDS = [] as const;
const BAR_KIND = ['bar'] as const;

const TEAL = '#0f766e';
const AMBER = '#b45309';
const TOP = 10;
const money = (value: number) => formatValue(value, 'currency', { yes: '', no: '', weekday: String });

/**
 * Net sales above the table (the dashboards' ECharts setup): a line over the periods of a metric
 * level, or bars for the first rows of a list page as sorted.
 */
export function LevelChart({
  rows,
  idColumn,
  labelColumn,
  kind,
  emptyId,
}: {
  rows: ExplorerRow[];
  idColumn: string;
  /** Names the bars where it has text (a product's description); else the id does. */
  labelColumn?: string;
  kind: 'series' | 'ranking';
  emptyId?: string;
}) {
  const { t, language } = useI18n();
  const points = useMemo(() => {
    const list = kind === 'series' ? sortRows(rows, idColumn) : rows.slice(0, TOP);
    return list.map((row) => ({
      name: nameOf(row, idColumn, labelColumn, emptyId),
      value: typeof row.revenue === 'number' ? row.revenue : 0,
      partial: row.partial === true,
    }));
  }, [rows, idColumn, labelColumn, kind, emptyId]);

  const option = useMemo<EChartsCoreOption>(() => {
    const categories = points.map((point) => point.name);
    const values = points.map((point) => point.value);
    const valueAxis = {
      type: 'value',
      axisLabel: { formatter: (value: number) => formatCompactCLP(value, language) },
      splitLine: { lineStyle: { color: '#e2e8f0' } },
    };
    const categoryAxis = { type: 'category', data: categories, axisTick: { show: false } };
    const tooltip = {
      trigger: 'axis',
      valueFormatter: (value: number) => money(value),
    };
    if (kind === 'series') {
      return {
        grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
        tooltip,
        xAxis: categoryAxis,
        yAxis: valueAxis,
        series: [
          {
            type: 'line',
            // A period covered only in part (the month in progress) is a hollow amber point: its
            // drop is not a fall in sales.
            data: points.map((point) =>
              point.partial
                ? { value: point.value, symbol: 'emptyCircle', symbolSize: 9, itemStyle: { color: AMBER } }
                : point.value,
            ),
            color: TEAL,
            showSymbol: values.length <= 60,
            smooth: false,
          },
        ],
      };
    }
    return {
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      tooltip,
      xAxis: valueAxis,
      yAxis: { ...categoryAxis, inverse: true, axisLabel: { width: 120, overflow: 'truncate' } },
      series: [{ type: 'bar', data: values, color: TEAL, barMaxWidth: 18 }],
    };
  }, [points, kind, language]);

  if (points.length === 0) return null;
  const first = points[0];
  const last = points[points.length - 1];
  const label =
    kind === 'series'
      ? t('explorer.chart.series', {
          from: first?.name ?? '',
          to: last?.name ?? '',
          count: points.length,
        }) + partialNote(points, t)
      : t('explorer.chart.ranking', {
          count: points.length,
          top: first ? `${first.name} (${money(first.value)})` : '',
        });
  return (
    <EChart
      option={option}
      label={label}
      height={kind === 'series' ? 240 : 32 + points.length * 26}
      testId="explorer-chart"
      kinds={kind === 'series' ? NO_EXTRA_KINDS : BAR_KIND}
    />
  );
}

function nameOf(row: ExplorerRow, idColumn: string, labelColumn?: string, emptyId?: string): string {
  const label = labelColumn === undefined ? null : row[labelColumn];
  if (typeof label === 'string' && label.trim() !== '') return label;
  const id = row[idColumn];
  if (id === null || id === undefined || id === '') return emptyId ?? '—';
  return idColumn === 'customer_id' ? customerLabel(String(id)) : String(id);
}

/** The chart's words for screen readers name the periods covered only in part. */
function partialNote(
  points: readonly { name: string; partial: boolean }[],
  t: ReturnType<typeof useI18n>['t'],
) {
  const partial = points.filter((point) => point.partial).map((point) => point.name);
  return partial.length === 0 ? '' : ` ${t('common.partial.chart', { periods: partial.join(', ') })}`;
}
