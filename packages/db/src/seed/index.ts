export { DEMO_BRANCHES, DEMO_PRODUCTS } from './demo-catalog';
export { type DemoSaleLine, type DemoSalesOptions, generateDemoSales } from './demo-sales';
