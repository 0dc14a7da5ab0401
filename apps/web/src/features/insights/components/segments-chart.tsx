import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { EChart } from '../../dashboards/components/echart';
import type { ExtraChartKind } from '../../dashboards/lib/chart-kinds';
import { formatPercent } from '../../dashboards/lib/figures';
import { useInsightLabels } from '../lib/labels';
import type { RfmSegment } from '../lib/types';

const BAR: readonly ExtraChartKind[] = ['bar'];
const TEXT = { color: '#475569', fontSize: 11 };

/** RFM segments as bars: share of customers and share of sales side by side. */
export function SegmentsChart({ segments }: { segments: RfmSegment[] }) {
  const { L, language } = useInsightLabels();
  const shown = segments.filter((s) => s.customers > 0);
  const total = shown.reduce((sum, s) => sum + s.customers, 0);
  const option = useMemo<EChartsCoreOption>(
    () => ({
      animation: false,
      aria: { enabled: false },
      color: ['#0f766e', '#f59e0b'],
      grid: { left: 8, right: 12, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, textStyle: TEXT },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: shown.map((s) => s.name[language]),
        axisLabel: { ...TEXT, interval: 0, rotate: 30 },
      },
      yAxis: { type: 'value', axisLabel: { ...TEXT, formatter: '{value} %' } },
      series: [
        {
          name: L.customers,
          type: 'bar',
          data: shown.map((s) => Math.round((s.customers / total) * 1000) / 10),
        },
        { name: L.revenue, type: 'bar', data: shown.map((s) => s.revenue_share_pct) },
      ],
    }),
    [shown, total, language, L],
  );
  if (shown.length === 0) return null;
  const label = `${L.rfm}: ${shown.map((s) => `${s.name[language]} ${formatPercent(s.revenue_share_pct)}`).join(', ')}`;
  return <EChart testId="rfm-chart" kinds={BAR} option={option} label={label} height={260} />;
}
