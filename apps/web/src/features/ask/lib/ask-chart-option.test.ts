import type { AskChart } from '@ayni/contracts';
import { describe, expect, it } from 'vitest';
import { askChartOption, chartAxisValue, chartValue } from './ask-chart-option';

const chart = (over: Partial<AskChart> = {}): AskChart => ({
  type: 'bar',
  title: 'venta neta',
  categories: ['Los sábados', 'Los domingos'],
  series: [{ name: 'venta neta', values: [24_668_233, 16_271_097] }],
  unit: 'CLP',
  ...over,
});

describe('the chart of an answer', () => {
  it('writes amounts as the dashboards do: short on the axis, in full in the tooltip', () => {
    expect(chartAxisValue(25_000_000, 'CLP', 'es')).toBe('$ 25 MM');
    expect(chartAxisValue(850_000, 'CLP', 'es')).toBe('$ 850 mil');
    expect(chartAxisValue(12.5, '%', 'es')).toBe('12,5 %');
    expect(chartValue(24_668_233, 'CLP')).toBe('$ 24.668.233');
    expect(chartValue(1234.56, 'UF')).toBe('UF 1.234,56');
    expect(chartValue(null, 'CLP')).toBe('—');
    const option = askChartOption(chart(), 'es');
    expect(option.yAxis.axisLabel.formatter(5_000_000)).toBe('$ 5 MM');
    expect(option.tooltip.valueFormatter(16_271_097)).toBe('$ 16.271.097');
  });

  it('names the two series of a comparison in a legend, the earlier grey and the later teal', () => {
    const single = askChartOption(chart(), 'es');
    expect(single.legend).toBeUndefined();
    expect(single.color).toEqual(['#0f766e']);
    const compared = askChartOption(
      chart({
        series: [
          { name: 'octubre de 2026', values: [1, 2] },
          { name: 'noviembre de 2026', values: [3, 4] },
        ],
      }),
      'es',
    );
    expect(compared.legend?.data).toEqual(['octubre de 2026', 'noviembre de 2026']);
    expect(compared.color).toEqual(['#64748b', '#0f766e']);
    expect(compared.series.map((serie) => [serie.name, serie.type, serie.data])).toEqual([
      ['octubre de 2026', 'bar', [1, 2]],
      ['noviembre de 2026', 'bar', [3, 4]],
    ]);
  });
});
