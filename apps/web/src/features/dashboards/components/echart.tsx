import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { cx } from '../../../components/cx';

type Chart = ReturnType<typeof import('../lib/echarts').init>;

export interface EChartProps {
  option: EChartsCoreOption;
  /** What the chart shows, in words (screen readers get this, not the drawing). */
  label: string;
  height?: number;
  testId?: string;
  className?: string;
}

/**
 * One ECharts chart (SVG). ECharts is loaded on first use, in its own chunk, so the KPI cards
 * and tables show before it arrives; the chart follows its container's width.
 */
export function EChart({ option, label, height = 280, testId, className }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void import('../lib/echarts').then(({ init }) => {
      const element = ref.current;
      if (disposed || !element) return;
      try {
        chart.current = init(element, undefined, { renderer: 'svg', height });
        chart.current.setOption(latest.current);
      } catch {
        // A DOM without layout (tests) cannot draw; the label still describes the chart.
        return;
      }
      if (typeof ResizeObserver !== 'undefined') {
        observer = new ResizeObserver(() => chart.current?.resize());
        observer.observe(element);
      }
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, [height]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={ref}
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ height }}
      className={cx('w-full', className)}
    />
  );
}
