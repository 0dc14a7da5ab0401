export { DEMO_BRANCHES, DEMO_PRODUCTS } from './demo-catalog';
export { type DemoSaleLine, type DemoSalesOptions, generateDemoSales } from './demo-sales';
export { type DemoPeer, type DemoPeerRow, generateDemoPeers } from './demo-peers';
