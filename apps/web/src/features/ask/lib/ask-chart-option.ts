import type { AskChart } from '@ayni/contracts';
import { formatCLP, formatCompactCLP } from '../../../lib/format';
import type { Language } from '../../../lib/i18n/language';
import { COLORS, TEXT } from '../../dashboards/components/chart-parts';

/*
 * The ECharts option of an answer's chart, styled as the dashboards' charts: their colours, their
 * axis text, amounts in Chilean pesos on the axis («$ 1,2 MM») and in full in the tooltip.
 */

const decimal = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 1, notation: 'compact' });

/** A figure of the chart's unit in full: `$ 12.990`, `12,5 %`, `UF 1.234,56`, `1.234`. */
export function chartValue(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (unit === 'CLP') return formatCLP(value);
  if (unit === '%') return `${decimal.format(value)} %`;
  if (unit === 'UF') return `UF ${decimal.format(value)}`;
  return decimal.format(value);
}

/** The same figure short, for the axis: `$ 1,2 MM`, `12 %`, `UF 1,2 mil`, `1,2 mil`. */
export function chartAxisValue(value: number, unit: string, language: Language): string {
  if (unit === 'CLP') return formatCompactCLP(value, language);
  if (unit === '%') return `${decimal.format(value)} %`;
  if (unit === 'UF') return `UF ${compact.format(value)}`;
  return compact.format(value);
}

export function askChartOption(chart: AskChart, language: Language) {
  // Two series are a period and the one it is compared with (the earlier first): grey, then teal.
  const compared = chart.series.length > 1;
  return {
    aria: { enabled: false },
    color: compared ? [COLORS.lastYear, COLORS.current] : [COLORS.current],
    grid: { left: 8, right: 8, top: compared ? 36 : 16, bottom: 8, containLabel: true },
    ...(compared
      ? { legend: { top: 0, left: 0, textStyle: TEXT, data: chart.series.map((serie) => serie.name) } }
      : {}),
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number | null) => chartValue(value, chart.unit),
    },
    xAxis: {
      type: 'category',
      data: chart.categories,
      axisLabel: { ...TEXT, interval: 0, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      axisLabel: { ...TEXT, formatter: (value: number) => chartAxisValue(value, chart.unit, language) },
    },
    series: chart.series.map((serie) => ({
      name: serie.name,
      type: chart.type,
      data: serie.values,
      ...(chart.type === 'line' ? { showSymbol: serie.values.length <= 40, lineStyle: { width: 2.5 } } : {}),
    })),
  };
}
