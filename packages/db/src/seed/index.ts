export { DEMO_BRANCHES, DEMO_PRODUCTS } from './demo-catalog';
export { type DemoPeer, type DemoPeerRow, generateDemoPeers } from './demo-peers';
export { type DemoSaleLine, type DemoSalesOptions, generateDemoSales } from './demo-sales';
