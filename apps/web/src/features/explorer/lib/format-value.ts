import type { CatalogFeature } from '@ayni/contracts';
import { formatCLP, formatDate } from '../../../lib/format';

export type CellValue = string | number | boolean | null | undefined;

/** How a column's values are written: the catalog's `format`, else guessed from the value. */
export type ValueFormat =
  | 'currency'
  | 'percent'
  | 'quantity'
  | 'integer'
  | 'decimal'
  | 'date'
  | 'boolean'
  | 'weekday'
  | 'hour'
  | 'text';

const KNOWN: readonly string[] = [
  'currency',
  'percent',
  'quantity',
  'integer',
  'decimal',
  'date',
  'boolean',
  'weekday',
  'hour',
  'text',
];

// Chilean conventions whatever the UI language: `.` thousands, `,` decimals; always grouped
// (es-CL leaves four-digit numbers ungrouped by default).
const integer = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 0, useGrouping: 'always' });
const decimal = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 2, useGrouping: 'always' });
// Quantities to the gram: `2.305` units, `4.294,18` kg (`.` is never a decimal); in a table
// column they are padded alike (`columnDecimals`).
const quantity = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 3, useGrouping: 'always' });

/** Most decimals a column may show: quantities to the gram, other figures to the cent. */
const MAX_DECIMALS: Partial<Record<ValueFormat, number>> = { quantity: 3, percent: 2, decimal: 2 };

/**
 * The decimals a column's figures need (up to its format's most), so that every row shows as
 * many: `2.307,070` under `2.760,532`, `27,80 %` under `27,64 %`. Null for other formats.
 */
export function columnDecimals(format: ValueFormat, values: CellValue[]): number | null {
  const most = MAX_DECIMALS[format];
  if (most === undefined) return null;
  let needed = 0;
  for (const value of values) {
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    while (needed < most && !fitsIn(value, needed)) needed++;
    if (needed === most) break;
  }
  return needed;
}

const fitsIn = (value: number, decimals: number) => {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
};

const fixedFormats = new Map<number, Intl.NumberFormat>();
function fixed(decimals: number): Intl.NumberFormat {
  let format = fixedFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('es-CL', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: 'always',
    });
    fixedFormats.set(decimals, format);
  }
  return format;
}

export function formatOf(feature: CatalogFeature | undefined, sample: CellValue): ValueFormat {
  if (feature && KNOWN.includes(feature.format)) return feature.format as ValueFormat;
  if (typeof sample === 'boolean') return 'boolean';
  if (typeof sample === 'number') return Number.isInteger(sample) ? 'integer' : 'decimal';
  if (typeof sample === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(sample)) return 'date';
  return 'text';
}

/** Numbers are right-aligned in the table. */
export function isNumericFormat(format: ValueFormat): boolean {
  return ['currency', 'percent', 'quantity', 'integer', 'decimal'].includes(format);
}

export interface FormatWords {
  yes: string;
  no: string;
  weekday: (day: number) => string;
}

/**
 * One value as the table shows it: currency `$ 1.234.567`, percent `12,5 %`, quantity to the
 * gram `1.234,5` (with the product's unit when it is weighed or measured: `1.234,5 kg`), dates
 * `dd-mm-aaaa`. Null (and undefined) is the caller's business.
 */
export function formatValue(
  value: string | number | boolean,
  format: ValueFormat,
  words: FormatWords,
  unit?: string | null,
  /** The column's decimals (`columnDecimals`); counted units stay whole. */
  decimals?: number | null,
): string {
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') return format === 'date' ? formatDate(value) : value;
  if (!Number.isFinite(value)) return String(value);
  switch (format) {
    case 'currency':
      return formatCLP(value);
    case 'percent':
      return `${(decimals == null ? decimal : fixed(decimals)).format(value)} %`;
    case 'quantity': {
      // A product counted in units keeps its whole number beside weighed ones.
      const padded = decimals != null && unit !== 'un' ? fixed(decimals) : quantity;
      return unit && unit !== 'un' ? `${padded.format(value)} ${unit}` : padded.format(value);
    }
    case 'integer':
      return integer.format(value);
    case 'weekday':
      return words.weekday(value);
    case 'hour':
      return `${String(value).padStart(2, '0')}:00`;
    default:
      return (decimals == null ? decimal : fixed(decimals)).format(value);
  }
}
