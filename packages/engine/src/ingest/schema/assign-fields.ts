import type { CanonicalField, IssueMessage, MappingSpec } from '../types';
import type { ColumnProfile } from './column-evidence';
import { detectionWarnings } from './detection-warnings';
import { matchHeaders } from './match-headers';

export type FieldValueKind = 'date' | 'number' | 'text';

/** What values each canonical field needs; ids stay text even when they look numeric. */
export const FIELD_VALUE_KIND: Record<CanonicalField, FieldValueKind> = {
  in_dt: 'date',
  in_trans_id: 'text',
  in_product_id: 'text',
  in_quantity: 'number',
  in_price_total: 'number',
  in_trans_type: 'text',
  in_customer_id: 'text',
  in_description: 'text',
  in_category: 'text',
  in_unit_type: 'text',
  in_stock: 'number',
  in_location: 'text',
  in_document_type: 'text',
  in_price_unit: 'number',
  in_cost_unit: 'number',
  in_cost_total: 'number',
  in_discount_total: 'number',
  in_commission: 'number',
  in_margin: 'number',
  in_seller: 'text',
  in_payment_method: 'text',
};

export interface FieldAssignment {
  field: CanonicalField | null;
  confidence: number;
}

/** Below this the match is reported so the user looks at it before importing. */
export const LOW_CONFIDENCE = 0.75;
/** Values this unlike the field's type mean the header lied ("Fecha" over free text). */
const MIN_VALUE_FIT = 0.3;

/** Share (0..1) of a column's values that fit what the field needs. */
function valueFit(kind: FieldValueKind, profile: ColumnProfile): number {
  if (kind === 'text' || profile.nonEmpty === 0) return 1;
  // Share under the best format, even when a few bad cells left no format without failures.
  return kind === 'date' ? profile.dates.dateShare : profile.numbers.numericShare;
}

/**
 * Decides which field each column feeds. A user's mapping wins (confidence 1) and takes its
 * fields out of the running; the other headers are matched by name, then checked against their
 * values: a percentage cannot be an amount, and a column whose values do not fit the field is
 * dropped so the next-best header can take the field.
 */
export function assignFields(
  names: readonly string[],
  profiles: readonly ColumnProfile[],
  mapping: MappingSpec | undefined,
  warnings: IssueMessage[],
): FieldAssignment[] {
  const assignments: FieldAssignment[] = names.map(() => ({ field: null, confidence: 0 }));
  const taken = new Set<CanonicalField>();
  const open = names.map((name) => mapping?.[name] === undefined);
  names.forEach((name, index) => {
    const chosen = mapping?.[name];
    if (!chosen) return;
    assignments[index] = { field: chosen.field, confidence: 1 };
    if (chosen.field) taken.add(chosen.field);
  });

  for (let round = 0; round < 3; round++) {
    let dropped = false;
    // Each round redoes the matches of the columns still open.
    names.forEach((_, index) => {
      if (open[index]) assignments[index] = { field: null, confidence: 0 };
    });
    const matches = matchHeaders(
      names.map((name, index) => (open[index] ? name : '')),
      taken,
    );
    matches.forEach((match, index) => {
      const profile = profiles[index];
      if (!open[index] || match.field === null || !profile) return;
      const kind = FIELD_VALUE_KIND[match.field];
      const isAmount = kind === 'number' && match.field !== 'in_stock';
      const fit = valueFit(kind, profile);
      if ((isAmount && profile.numbers.format?.percent) || fit < MIN_VALUE_FIT) {
        if (isAmount && profile.numbers.format?.percent) {
          warnings.push(detectionWarnings.percentNotAmount(names[index] ?? '', match.field));
        }
        open[index] = false;
        dropped = true;
        return;
      }
      const confidence = Math.round(match.confidence * (0.5 + 0.5 * fit) * 1000) / 1000;
      assignments[index] = { field: match.field, confidence };
    });
    if (!dropped) break;
  }
  return assignments;
}
