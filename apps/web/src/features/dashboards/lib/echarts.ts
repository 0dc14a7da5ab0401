// Only what the dashboards draw: line, bar and heatmap series, axes, tooltips and legends, as SVG.
// (The heatmap colours its cells itself, so no visualMap component is needed.)
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([LineChart, BarChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export { init };
