export { type DemoSaleLine, type DemoSalesOptions, generateDemoSales } from './demo-sales';
