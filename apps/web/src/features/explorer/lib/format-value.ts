import type { CatalogFeature } from '@ayni/contracts';
import { formatDate } from '../../../lib/format';

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
// Quantities to the gram, without padding: `2.305` units, `4.294,18` kg (`.` is never a decimal).
const quantity = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 3, useGrouping: 'always' });

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
): string {
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') return format === 'date' ? formatDate(value) : value;
  if (!Number.isFinite(value)) return String(value);
  switch (format) {
    case 'currency': {
      const rounded = Math.round(value) || 0;
      return `${rounded < 0 ? '-' : ''}$ ${integer.format(Math.abs(rounded))}`;
    }
    case 'percent':
      return `${decimal.format(value)} %`;
    case 'quantity':
      return unit && unit !== 'un' ? `${quantity.format(value)} ${unit}` : quantity.format(value);
    case 'integer':
      return integer.format(value);
    case 'weekday':
      return words.weekday(value);
    case 'hour':
      return `${String(value).padStart(2, '0')}:00`;
    default:
      return decimal.format(value);
  }
}
