import type { HourSales, ReportLanguage } from '@ayni/contracts';
import * as echarts from 'echarts';
import { formatMoney, formatNumber, shortMonth } from './report-format';
import { textsFor } from './report-texts';

/*
 * Charts rendered on the server: ECharts' SSR renderer writes SVG (no DOM, no canvas), which
 * svg-to-pdfkit draws as vectors in the PDF. Animation is off so the first frame is the final one.
 */

export const CHART_WIDTH = 495;
const FONT = { fontFamily: 'Helvetica', fontSize: 9, color: '#374151' };
const PALETTE = ['#0f766e', '#f59e0b', '#6366f1', '#e11d48', '#0ea5e9', '#84cc16', '#a855f7', '#64748b'];

function render(option: echarts.EChartsCoreOption, height: number, width = CHART_WIDTH): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, color: PALETTE, textStyle: FONT, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * Short axis labels: 12,5 MM / 1,2 mil / 980 in Spanish (Chilean: a lone M reads as miles),
 * 12.5 M / 1.2 k / 980 in English. Decimals only where the tick has them (up to two), so
 * neighbouring ticks (1.000 and 1.200) never read the same.
 */
export function compactAxisLabel(value: number, lang: ReportLanguage): string {
  const abs = Math.abs(value);
  const trimmed = (scaled: number) => formatNumber(scaled, lang, 2).replace(/[.,]?0+$/, '');
  if (abs >= 1e6) return `${trimmed(value / 1e6)} ${lang === 'es' ? 'MM' : 'M'}`;
  if (abs >= 1e3) return `${trimmed(value / 1e3)} ${lang === 'es' ? 'mil' : 'k'}`;
  return formatNumber(value, lang);
}

/** Revenue bars and receipts line per month. */
export function trendChart(
  points: Array<{ month: string; revenue: number; transactions: number }>,
  lang: ReportLanguage,
): string {
  const t = textsFor(lang);
  return render(
    {
      legend: { top: 0, textStyle: FONT, data: [t.revenue, t.transactions] },
      grid: { left: 60, right: 50, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: points.map((p) => shortMonth(p.month, lang)) },
      yAxis: [
        { type: 'value', axisLabel: { formatter: (v: number) => compactAxisLabel(v, lang) } },
        {
          type: 'value',
          splitLine: { show: false },
          axisLabel: { formatter: (v: number) => compactAxisLabel(v, lang) },
        },
      ],
      series: [
        { name: t.revenue, type: 'bar', data: points.map((p) => p.revenue) },
        { name: t.transactions, type: 'line', yAxisIndex: 1, data: points.map((p) => p.transactions) },
      ],
    },
    220,
  );
}

/** Weekday × hour revenue, hours with no sale in the week left out. */
export function heatmapChart(cells: HourSales[], lang: ReportLanguage): string {
  const hours = [...new Set(cells.filter((c) => c.transactions > 0).map((c) => c.hour))].sort(
    (a, b) => a - b,
  );
  const shown = hours.length > 0 ? hours : [...Array(24).keys()];
  const max = Math.max(1, ...cells.map((c) => c.revenue));
  return render(
    {
      grid: { left: 40, right: 20, top: 10, bottom: 75 },
      xAxis: { type: 'category', data: shown.map((h) => `${h}h`) },
      // Monday on top, as a calendar reads.
      yAxis: { type: 'category', inverse: true, data: [...textsFor(lang).weekdays] },
      visualMap: {
        min: 0,
        max,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemWidth: 10,
        itemHeight: 160,
        textStyle: FONT,
        text: [formatMoney(max, lang), formatMoney(0, lang)],
        inRange: { color: ['#f0fdfa', '#0f766e'] },
      },
      series: [
        {
          type: 'heatmap',
          data: cells
            .filter((c) => shown.includes(c.hour))
            .map((c) => [shown.indexOf(c.hour), c.weekday - 1, c.revenue]),
        },
      ],
    },
    230,
  );
}

/** Horizontal bars, largest on top. */
export function barsChart(items: Array<{ name: string; value: number }>, lang: ReportLanguage): string {
  const rows = [...items].reverse();
  return render(
    {
      grid: { left: 130, right: 70, top: 10, bottom: 20 },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => compactAxisLabel(v, lang) } },
      yAxis: {
        type: 'category',
        data: rows.map((r) => (r.name.length > 22 ? `${r.name.slice(0, 21)}…` : r.name)),
      },
      series: [
        {
          type: 'bar',
          data: rows.map((r) => r.value),
          label: {
            show: true,
            position: 'right',
            formatter: (p: { value: number }) => formatMoney(p.value, lang),
          },
        },
      ],
    },
    Math.max(90, 24 * rows.length + 30),
  );
}

/** New vs returning customers of the period. */
export function customersMixChart(mix: { new: number; returning: number }, lang: ReportLanguage): string {
  const t = textsFor(lang);
  return render(
    {
      legend: { bottom: 0, textStyle: FONT },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          label: {
            formatter: (p: { name: string; value: number }) => `${p.name}: ${formatNumber(p.value, lang)}`,
          },
          data: [
            { name: t.newCustomers, value: mix.new },
            { name: t.returningCustomers, value: mix.returning },
          ],
        },
      ],
    },
    180,
  );
}
