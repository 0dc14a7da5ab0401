import { CANONICAL_FIELDS, type MappingSpecInput, type PushLine } from '@ayni/contracts';

/** Fields whose values are numbers: a POS writes them with `.` as decimal point and no grouping. */
const NUMBER_FIELDS = new Set<string>([
  'in_quantity',
  'in_price_total',
  'in_stock',
  'in_price_unit',
  'in_cost_unit',
  'in_cost_total',
  'in_discount_total',
  'in_margin',
  'in_commission',
]);

/** Always columns, even when no line fills them: a missing value is then a per-line rejection. */
const REQUIRED_FIELDS = new Set<string>([
  'in_dt',
  'in_trans_id',
  'in_product_id',
  'in_quantity',
  'in_price_total',
]);

export interface PushedFile {
  csv: string;
  /** Explicit mapping: header = canonical field, with the value formats of the API (no guessing). */
  mapping: MappingSpecInput;
  /** Physical line of the CSV where each pushed line starts → its index in `lines`. */
  indexOfLine: Map<number, number>;
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? numberText(value) : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** JSON numbers in plain decimal notation (never `1e+21`), as the CSV importer reads them. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const plain = String(value);
  return /e/i.test(plain) ? value.toFixed(20).replace(/\.?0+$/, '') : plain;
}

/**
 * Writes pushed lines as the CSV a user could have uploaded, so push ingestion goes through the
 * very same import (profile, normalization, validation, natural-key merge) as a file. The required
 * fields and those some line uses become columns; their formats are fixed by the mapping (dates ISO 8601,
 * numbers with `.` decimals), so nothing is left to detection.
 */
export function linesToCsv(lines: readonly PushLine[]): PushedFile {
  const used = CANONICAL_FIELDS.filter(
    (field) => REQUIRED_FIELDS.has(field) || lines.some((line) => line[field] != null),
  );
  const mapping: MappingSpecInput = {};
  for (const field of used) {
    mapping[field] = NUMBER_FIELDS.has(field)
      ? { field, number: { decimal: '.', thousands: '' } }
      : field === 'in_dt'
        ? { field, date: { order: 'ymd' } }
        : { field };
  }
  const out: string[] = [used.join(',')];
  const indexOfLine = new Map<number, number>();
  let physicalLine = 2; // line 1 is the header
  lines.forEach((line, index) => {
    const record = used.map((field) => cell(line[field])).join(',');
    indexOfLine.set(physicalLine, index);
    physicalLine += 1 + (record.match(/\r\n|\r|\n/g)?.length ?? 0);
    out.push(record);
  });
  return { csv: `${out.join('\r\n')}\r\n`, mapping, indexOfLine };
}
