// Tooltips (and the axis pointer they use), registered right after a chart is first drawn.
export { TooltipComponent } from 'echarts/components';
