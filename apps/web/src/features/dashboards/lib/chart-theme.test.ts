import { describe, expect, it } from 'vitest';
import { darkOverrides } from './chart-theme';

describe('darkOverrides', () => {
  it('lightens labels, lines, the palette and series colours, axis by axis', () => {
    const overrides = darkOverrides({
      color: ['#0f766e', '#64748b', '#123456'],
      legend: { data: ['a'] },
      xAxis: { type: 'category' },
      yAxis: [{ type: 'value' }, { type: 'value' }],
      series: [{ type: 'bar' }, { type: 'line', color: '#6d28d9' }],
    });
    expect(overrides.backgroundColor).toBe('transparent');
    expect(overrides.color).toEqual(['#2dd4bf', '#94a3b8', '#123456']);
    expect(overrides.series).toEqual([{}, { color: '#a78bfa' }]);
    expect(overrides.legend).toEqual({ textStyle: { color: '#cbd5e1' } });
    expect(overrides.xAxis).toHaveLength(1);
    expect(overrides.yAxis).toHaveLength(2);
    expect((overrides.yAxis as Array<{ axisLabel: unknown }>)[1]?.axisLabel).toEqual({ color: '#cbd5e1' });
  });

  it('adds no legend to a chart without one', () => {
    expect(darkOverrides({ series: [] }).legend).toBeUndefined();
  });
});
