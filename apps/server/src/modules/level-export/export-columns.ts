import { EXPORT_COLUMNS, type ExportLevel } from '@ayni/contracts';
import { FEATURE_CATALOG } from '@ayni/engine';

/** How a column is written in the workbook (the CSV writes raw values whatever the kind). */
export type ColumnKind = 'text' | 'currency' | 'percent' | 'integer' | 'decimal' | 'date' | 'boolean';

export interface ExportColumn {
  name: string;
  header: string;
  kind: ColumnKind;
}

// The explorer's short labels (apps/web/src/lib/i18n/messages/*-explorer.ts), for the header row.
const LABELS: Record<string, [es: string, en: string]> = {
  period: ['Período', 'Period'],
  revenue: ['Venta neta', 'Net sales'],
  gross_sales: ['Venta bruta', 'Gross sales'],
  units: ['Unidades', 'Units'],
  lines: ['Líneas', 'Lines'],
  transactions: ['Transacciones', 'Transactions'],
  customers: ['Clientes', 'Customers'],
  new_customers: ['Clientes nuevos', 'New customers'],
  avg_ticket: ['Ticket promedio', 'Average ticket'],
  gross_margin: ['Margen bruto', 'Gross margin'],
  margin_pct: ['Margen %', 'Margin %'],
  discount: ['Descuento', 'Discount'],
  revenue_growth_pct: ['Var. vs anterior %', 'Change vs previous %'],
  revenue_yoy_pct: ['Var. vs año anterior %', 'Change vs last year %'],
  product_id: ['SKU', 'SKU'],
  description: ['Descripción', 'Description'],
  category: ['Categoría', 'Category'],
  days_sold: ['Días con venta', 'Days sold'],
  revenue_share_pct: ['Participación %', 'Share %'],
  abc_class: ['Clase ABC', 'ABC class'],
  customer_id: ['Cliente', 'Customer'],
  first_purchase: ['Primera compra', 'First purchase'],
  last_purchase: ['Última compra', 'Last purchase'],
  days_since_last_purchase: ['Días sin comprar', 'Days since last purchase'],
  churned: ['Perdido', 'Churned'],
  location: ['Sucursal', 'Branch'],
  seller: ['Vendedor', 'Seller'],
  commission: ['Comisiones', 'Commissions'],
  payment_method: ['Medio de pago', 'Payment method'],
  weekday: ['Día', 'Weekday'],
  hour: ['Hora', 'Hour'],
  day_part: ['Parte del día', 'Part of the day'],
  returns: ['Devoluciones', 'Returns'],
  days: ['Días con venta', 'Days with sales'],
};

const KIND_OF_FORMAT: Record<string, ColumnKind> = {
  currency: 'currency',
  percent: 'percent',
  integer: 'integer',
  quantity: 'decimal',
  decimal: 'decimal',
  date: 'date',
  boolean: 'boolean',
};

/** A column's kind from the feature catalog's display format (text when it is not a feature). */
function kindOf(name: string): ColumnKind {
  const feature = FEATURE_CATALOG.find((f) => f.name === name);
  return (feature && KIND_OF_FORMAT[feature.format]) ?? 'text';
}

/** The level's columns with their header in `lang` and how the workbook types them. */
export function exportColumns(level: ExportLevel, lang: 'es' | 'en'): ExportColumn[] {
  return EXPORT_COLUMNS[level].map((name) => {
    const label = LABELS[name];
    // A day's period is a date (`2025-03-14`); weeks, months… are keys (`2025-W11`) and stay text.
    const kind =
      level === 'day' && name === 'period'
        ? 'date'
        : level === 'hour' && ['hour', 'days'].includes(name)
          ? 'integer'
          : kindOf(name);
    return { name, header: label ? label[lang === 'es' ? 0 : 1] : name, kind };
  });
}
