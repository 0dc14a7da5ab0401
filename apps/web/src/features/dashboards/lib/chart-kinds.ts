/** Series types beyond lines, each loaded in its own chunk the first time a chart asks for it. */
export type ExtraChartKind = 'bar' | 'heatmap';

const LOADERS: Record<ExtraChartKind, () => Promise<unknown>> = {
  bar: async () => (await import('./echarts-bar')).BarChart,
  heatmap: async () => (await import('./echarts-heatmap')).HeatmapChart,
};

/** ECharts' `init`, with the core and the asked-for series types registered. */
export async function loadECharts(kinds: readonly ExtraChartKind[] = []) {
  const [core, ...extensions] = await Promise.all([
    import('./echarts'),
    ...kinds.map((kind) => LOADERS[kind]()),
  ]);
  if (extensions.length > 0) core.use(extensions as Parameters<typeof core.use>[0]);
  return core.init;
}

let tooltips: Promise<void> | null = null;

/** Registers tooltips once (their own chunk); charts re-apply their option when it resolves. */
export function loadTooltips(): Promise<void> {
  tooltips ??= Promise.all([import('./echarts'), import('./echarts-tooltip')]).then(([core, tooltip]) =>
    core.use(tooltip.TooltipComponent),
  );
  return tooltips;
}
