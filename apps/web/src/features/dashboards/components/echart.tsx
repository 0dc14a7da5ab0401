import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { cx } from '../../../components/cx';
import { useTheme } from '../../../lib/theme/use-theme';
import { type ExtraChartKind, loadECharts, loadTooltips } from '../lib/chart-kinds';
import { darkOverrides } from '../lib/chart-theme';

type Chart = ReturnType<typeof import('../lib/echarts').init>;

/** False where canvases cannot be drawn on (tests' DOM): the label still describes the chart. */
function canDraw(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

export interface EChartProps {
  option: EChartsCoreOption;
  /** What the chart shows, in words (screen readers get this, not the drawing). */
  label: string;
  height?: number;
  testId?: string;
  className?: string;
  /** Series types other than lines the option uses (each is its own chunk). */
  kinds?: readonly ExtraChartKind[];
}

/** Replaces the chart's option; on a dark page, with light labels and lines over it. */
function drawOption(chart: Chart, option: EChartsCoreOption, dark: boolean) {
  chart.setOption(option, { notMerge: true });
  if (dark) chart.setOption(darkOverrides(option));
}

/**
 * One ECharts chart (canvas). ECharts is loaded on first use, in its own chunk, so the KPI cards
 * and tables show before it arrives; the chart follows its container's width.
 */
export function EChart({ option, label, height = 280, testId, className, kinds = [] }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const latest = useRef(option);
  latest.current = option;
  // A chart component always draws the same series types: read once, when ECharts loads.
  const extraKinds = useRef(kinds);
  const { dark } = useTheme();

  useEffect(() => {
    // Nothing to draw on (tests' DOM): ECharts is not even fetched, so no chunk arrives after the page is gone.
    if (!canDraw()) return;
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void loadECharts(extraKinds.current).then((init) => {
      const element = ref.current;
      if (disposed || !element) return;
      try {
        chart.current = init(element, dark ? 'dark' : undefined, { renderer: 'canvas', height });
        drawOption(chart.current, latest.current, dark);
      } catch {
        // A DOM without layout (tests) cannot draw; the label still describes the chart.
        return;
      }
      // Hovering comes after drawing: tooltips load now and the chart takes its option again.
      void loadTooltips().then(() => {
        if (!disposed && chart.current) drawOption(chart.current, latest.current, dark);
      });
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
  }, [height, dark]);

  useEffect(() => {
    if (chart.current) drawOption(chart.current, option, dark);
  }, [option, dark]);

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
