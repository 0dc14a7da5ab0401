import {
  CATEGORY_SORTS,
  CUSTOMER_SORTS,
  type ExplorerLevel,
  type ExplorerListLevel,
  HOUR_SORTS,
  LOCATION_SORTS,
  PAYMENT_METHOD_SORTS,
  PRODUCT_SORTS,
  SELLER_SORTS,
} from '@ayni/contracts';

// The levels and their URL are shared with Ask's deep links (packages/contracts/src/explorer-link.ts).
export { EXPLORER_LEVELS, type ExplorerLevel, isExplorerLevel, isMetricLevel } from '@ayni/contracts';
export type ListLevel = ExplorerListLevel;

export interface LevelConfig {
  /** Columns shown, in order (a column missing from every row is dropped). */
  columns: readonly string[];
  /**
   * Sortable columns and the API sort field each maps to (`description` sorts by `name`).
   * Metric levels are sorted in the browser: every column is sortable.
   */
  sorts: Readonly<Record<string, string>> | 'all';
  defaultSort: string;
  /** Column naming the row (the detail panel's title, the row's key). */
  idColumn: string;
  /** Column that names the row for people, where it differs from the id (charts' labels). */
  labelColumn?: string;
  /** Rows open a detail panel (`/products/{id}`, `/customers/{id}`). */
  detail?: 'product' | 'customer';
}

const METRIC_COLUMNS = [
  'period',
  'revenue',
  'units',
  'transactions',
  'avg_ticket',
  'customers',
  'new_customers',
  'gross_margin',
  'margin_pct',
  'discount',
  'commission',
  'revenue_growth_pct',
  'revenue_yoy_pct',
] as const;

/** A seller's (or payment method's) figures, after its name. */
const SELLER_COLUMNS = [
  'revenue',
  'gross_sales',
  'units',
  'transactions',
  'avg_ticket',
  'customers',
  'gross_margin',
  'commission',
] as const;

const identity = (fields: readonly string[]) => Object.fromEntries(fields.map((field) => [field, field]));

const METRIC_CONFIG: LevelConfig = {
  columns: METRIC_COLUMNS,
  sorts: 'all',
  defaultSort: '-period',
  idColumn: 'period',
};

export const LEVELS: Record<ExplorerLevel, LevelConfig> = {
  day: METRIC_CONFIG,
  week: METRIC_CONFIG,
  month: METRIC_CONFIG,
  quarter: METRIC_CONFIG,
  year: METRIC_CONFIG,
  product: {
    columns: [
      'product_id',
      'description',
      'category',
      'revenue',
      'units',
      'lines',
      'returned_amount',
      'return_lines',
      'gross_margin',
      'margin_pct',
      'discount',
      'commission',
      'days_sold',
      'revenue_share_pct',
      'abc_class',
    ],
    sorts: { ...identity(PRODUCT_SORTS.filter((field) => field !== 'name')), description: 'name' },
    defaultSort: '-revenue',
    idColumn: 'product_id',
    labelColumn: 'description',
    detail: 'product',
  },
  customer: {
    columns: [
      'customer_id',
      'revenue',
      'transactions',
      'units',
      'avg_ticket',
      'gross_margin',
      'first_purchase',
      'last_purchase',
      'days_since_last_purchase',
      'churned',
    ],
    sorts: identity(CUSTOMER_SORTS),
    defaultSort: '-revenue',
    idColumn: 'customer_id',
    detail: 'customer',
  },
  category: {
    columns: [
      'category',
      'revenue',
      'gross_sales',
      'units',
      'lines',
      'gross_margin',
      'margin_pct',
      'commission',
      'revenue_share_pct',
    ],
    sorts: identity(CATEGORY_SORTS),
    defaultSort: '-revenue',
    idColumn: 'category',
  },
  location: {
    columns: [
      'location',
      'revenue',
      'gross_sales',
      'units',
      'transactions',
      'avg_ticket',
      'gross_margin',
      'margin_pct',
      'commission',
    ],
    sorts: identity(LOCATION_SORTS),
    defaultSort: '-revenue',
    idColumn: 'location',
  },
  // Always summed from the lines of the days asked (no stored level keeps them).
  seller: {
    columns: ['seller', ...SELLER_COLUMNS],
    sorts: identity(SELLER_SORTS),
    defaultSort: '-revenue',
    idColumn: 'seller',
  },
  payment_method: {
    columns: ['payment_method', ...SELLER_COLUMNS.filter((column) => column !== 'commission')],
    sorts: identity(PAYMENT_METHOD_SORTS),
    defaultSort: '-revenue',
    idColumn: 'payment_method',
  },
  // The weekday × hour grid (hour-grid.tsx): its sort names the figure the grid shows.
  hour: {
    columns: ['weekday', 'hour', 'revenue', 'units', 'transactions', 'avg_ticket'],
    sorts: identity(HOUR_SORTS),
    defaultSort: '-revenue',
    idColumn: 'weekday',
  },
};

/** Columns shown only when some row has a value: most files carry no commissions. */
const ONLY_WITH_VALUES: ReadonlySet<string> = new Set(['commission']);

/** The level's columns the rows have (all of them before any row is loaded). */
export function visibleColumns(level: ExplorerLevel, rows: readonly Record<string, unknown>[]): string[] {
  return LEVELS[level].columns.filter((name) =>
    ONLY_WITH_VALUES.has(name)
      ? rows.some((row) => row[name] !== null && row[name] !== undefined)
      : rows.length === 0 || rows.some((row) => name in row),
  );
}

/** The API sort field of a column, or null when the column cannot be sorted. */
export function sortFieldOf(level: ExplorerLevel, column: string): string | null {
  const { sorts } = LEVELS[level];
  if (sorts === 'all') return column;
  return sorts[column] ?? null;
}

/** Whether `sort` (`field` or `-field`) is valid for the level. */
export function isValidSort(level: ExplorerLevel, sort: string): boolean {
  const field = sort.replace(/^-/, '');
  const { sorts } = LEVELS[level];
  if (sorts === 'all') return (LEVELS[level].columns as readonly string[]).includes(field);
  return Object.values(sorts).includes(field);
}
