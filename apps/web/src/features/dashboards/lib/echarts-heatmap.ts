// Heatmap series, registered on demand (weekday × hour sales).
export { HeatmapChart } from 'echarts/charts';
