import type { EChartsCoreOption } from 'echarts/core';

const DARK_TEXT = '#cbd5e1';
const DARK_LINE = '#334155';

const axesLike = (value: unknown) => (Array.isArray(value) ? value : value ? [value] : []);

/**
 * What a chart's option needs on a dark page, merged over it: no background of its own and light
 * axis labels, grid lines and legend text (the options name the light theme's colours).
 */
export function darkOverrides(option: EChartsCoreOption): EChartsCoreOption {
  const axis = () => ({
    axisLabel: { color: DARK_TEXT },
    axisLine: { lineStyle: { color: DARK_LINE } },
    splitLine: { lineStyle: { color: DARK_LINE } },
  });
  return {
    backgroundColor: 'transparent',
    ...(option.legend ? { legend: { textStyle: { color: DARK_TEXT } } } : {}),
    xAxis: axesLike(option.xAxis).map(axis),
    yAxis: axesLike(option.yAxis).map(axis),
  };
}
