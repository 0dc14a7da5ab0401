import type { DashboardKind, ReportLanguage } from '@ayni/contracts';
import type { KpiKey } from './report-kpis';

/** Every word the PDF prints, Spanish first. */
const TEXTS = {
  es: {
    title: 'Informe ejecutivo',
    rut: 'RUT',
    period: 'Período',
    role: 'Vista',
    generated: 'Generado el',
    dataThrough: 'Datos hasta el',
    noDataThrough: 'sin fecha de datos',
    kpis: 'Indicadores clave',
    indicator: 'Indicador',
    value: 'Valor',
    vsPrevious: 'vs período anterior',
    vsLastYear: 'vs año anterior',
    notAvailable: 's/d',
    trend: 'Tendencia mensual (últimos 12 meses)',
    revenue: 'Ventas netas',
    transactions: 'Boletas',
    heatmap: 'Ventas por día y hora',
    customersMix: 'Clientes nuevos y recurrentes',
    newCustomers: 'Nuevos',
    returningCustomers: 'Recurrentes',
    categories: 'Ventas por categoría',
    topProducts: 'Productos principales',
    product: 'Producto',
    units: 'Unidades',
    share: 'Participación',
    topCustomers: 'Clientes principales (ventas acumuladas de quienes compraron en el período)',
    customer: 'Cliente',
    insights: 'Hallazgos y alertas',
    noInsights: 'No hay hallazgos destacados para esta vista.',
    benchmarks: 'Comparación con la industria',
    benchmarkMetric: 'Métrica',
    percentile: 'Percentil',
    cohort: 'Empresas',
    noBenchmarks: 'Sin comparación disponible para este período.',
    macro: 'Contexto macroeconómico',
    macroScore: 'Clima macro (0 a 10, 5 = neutro)',
    noMacro: 'Sin indicadores macroeconómicos disponibles.',
    macroUpTo: (month: string) => `Los indicadores publicados llegan hasta ${month}: se muestra ese mes.`,
    disclaimer:
      'Este informe se basa en los datos de ventas cargados por la empresa y en fuentes públicas. Es información de gestión, no constituye asesoría financiera, tributaria ni de inversión.',
    page: 'Página',
    weekdays: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
  },
  en: {
    title: 'Executive report',
    rut: 'RUT',
    period: 'Period',
    role: 'View',
    generated: 'Generated on',
    dataThrough: 'Data through',
    noDataThrough: 'no data date',
    kpis: 'Key indicators',
    indicator: 'Indicator',
    value: 'Value',
    vsPrevious: 'vs previous period',
    vsLastYear: 'vs last year',
    notAvailable: 'n/a',
    trend: 'Monthly trend (last 12 months)',
    revenue: 'Net sales',
    transactions: 'Receipts',
    heatmap: 'Sales by weekday and hour',
    customersMix: 'New and returning customers',
    newCustomers: 'New',
    returningCustomers: 'Returning',
    categories: 'Sales by category',
    topProducts: 'Top products',
    product: 'Product',
    units: 'Units',
    share: 'Share',
    topCustomers: 'Top customers (lifetime sales of those who bought in the period)',
    customer: 'Customer',
    insights: 'Insights and alerts',
    noInsights: 'No notable insights for this view.',
    benchmarks: 'Industry comparison',
    benchmarkMetric: 'Metric',
    percentile: 'Percentile',
    cohort: 'Companies',
    noBenchmarks: 'No comparison available for this period.',
    macro: 'Macroeconomic context',
    macroScore: 'Macro climate (0 to 10, 5 = neutral)',
    noMacro: 'No macroeconomic indicators available.',
    macroUpTo: (month: string) => `Published indicators run to ${month}: that month is shown.`,
    disclaimer:
      "This report is based on the company's uploaded sales data and public sources. It is management information, not financial, tax or investment advice.",
    page: 'Page',
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  },
} as const;

export type ReportTexts = (typeof TEXTS)[ReportLanguage];
export const textsFor = (lang: ReportLanguage): ReportTexts => TEXTS[lang];

const ROLE_NAMES: Record<ReportLanguage, Record<DashboardKind, string>> = {
  es: { owner: 'Dueño', operations: 'Operaciones', marketing: 'Marketing', finance: 'Finanzas' },
  en: { owner: 'Owner', operations: 'Operations', marketing: 'Marketing', finance: 'Finance' },
};
export const roleName = (role: DashboardKind, lang: ReportLanguage) => ROLE_NAMES[lang][role];

const KPI_NAMES: Record<ReportLanguage, Record<KpiKey, string>> = {
  es: {
    revenue: 'Ventas netas',
    transactions: 'Boletas',
    avg_ticket: 'Ticket promedio',
    customers: 'Clientes',
    new_customers: 'Clientes nuevos',
    margin: 'Margen bruto',
    discount: 'Descuentos',
    cost: 'Costo de ventas',
  },
  en: {
    revenue: 'Net sales',
    transactions: 'Receipts',
    avg_ticket: 'Average ticket',
    customers: 'Customers',
    new_customers: 'New customers',
    margin: 'Gross margin',
    discount: 'Discounts',
    cost: 'Cost of sales',
  },
};
export const kpiName = (key: KpiKey, lang: ReportLanguage) => KPI_NAMES[lang][key];

const BENCHMARK_NAMES: Record<ReportLanguage, Record<string, string>> = {
  es: {
    revenue_growth_yoy: 'Crecimiento anual de ventas',
    avg_ticket: 'Ticket promedio',
    units_per_ticket: 'Unidades por boleta',
    gross_margin_pct: 'Margen bruto',
    repeat_customer_rate: 'Clientes recurrentes',
    revenue_per_location: 'Ventas por local',
    weekend_share: 'Ventas de fin de semana',
    return_rate: 'Tasa de devoluciones',
    revenue: 'Ventas',
  },
  en: {
    revenue_growth_yoy: 'Yearly sales growth',
    avg_ticket: 'Average ticket',
    units_per_ticket: 'Units per receipt',
    gross_margin_pct: 'Gross margin',
    repeat_customer_rate: 'Repeat customers',
    revenue_per_location: 'Sales per branch',
    weekend_share: 'Weekend sales',
    return_rate: 'Return rate',
    revenue: 'Sales',
  },
};
export const benchmarkName = (metric: string, lang: ReportLanguage) =>
  BENCHMARK_NAMES[lang][metric] ?? metric;
