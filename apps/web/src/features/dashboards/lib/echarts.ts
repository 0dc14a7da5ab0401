// The ECharts core every dashboard chart needs to draw: line series, axes and plain legends, on a
// canvas. Bar and heatmap series come in their own chunks (`chart-kinds.ts`), fetched only by the
// views that draw them; tooltips arrive right after the first drawing.
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendPlainComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, GridComponent, LegendPlainComponent, CanvasRenderer]);

export { init, use };
