import type { EChartsCoreOption } from 'echarts/core';

const DARK_TEXT = '#cbd5e1';
const DARK_LINE = '#334155';

const axesLike = (value: unknown) => (Array.isArray(value) ? value : value ? [value] : []);

/** The charts' deep light-theme colours, and what stands out as well on a dark page. */
const LIGHTER: Record<string, string> = {
  '#0f766e': '#2dd4bf',
  '#64748b': '#94a3b8',
  '#b45309': '#fbbf24',
  '#6d28d9': '#a78bfa',
};
const lighter = <T>(color: T): T => (typeof color === 'string' ? ((LIGHTER[color] ?? color) as T) : color);

/**
 * What a chart's option needs on a dark page, merged over it: no background of its own, light
 * axis labels, grid lines and legend text, and lighter series colours (the options name the light
 * theme's colours).
 */
export function darkOverrides(option: EChartsCoreOption): EChartsCoreOption {
  const axis = () => ({
    axisLabel: { color: DARK_TEXT },
    axisLine: { lineStyle: { color: DARK_LINE } },
    splitLine: { lineStyle: { color: DARK_LINE } },
  });
  const palette = Array.isArray(option.color) ? { color: option.color.map(lighter) } : {};
  // Merged by index: only series that name their own colour get a lighter one.
  const series = axesLike(option.series).map((item) => {
    const color = (item as { color?: unknown }).color;
    return color === undefined ? {} : { color: lighter(color) };
  });
  return {
    backgroundColor: 'transparent',
    ...palette,
    series,
    ...(option.legend ? { legend: { textStyle: { color: DARK_TEXT } } } : {}),
    xAxis: axesLike(option.xAxis).map(axis),
    yAxis: axesLike(option.yAxis).map(axis),
  };
}
