// Bar series, registered on demand (customers and finance charts).
export { BarChart } from 'echarts/charts';
