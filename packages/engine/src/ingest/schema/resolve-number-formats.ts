import type { CanonicalField, IssueMessage, MappingSpec, NumberFormat } from '../types';
import type { ArithmeticEvidence, ArithmeticRole } from './arithmetic-evidence';
import { FIELD_VALUE_KIND, type FieldAssignment } from './assign-fields';
import type { ColumnProfile } from './column-evidence';
import { DECIMAL_MARKS, type DecimalMark, READING_FORMATS } from './decimal-readings';
import { detectionWarnings } from './detection-warnings';

export const ARITHMETIC_ROLE_OF: Partial<Record<CanonicalField, ArithmeticRole>> = {
  in_quantity: 'quantity',
  in_price_unit: 'priceUnit',
  in_price_total: 'priceTotal',
  in_cost_unit: 'costUnit',
  in_cost_total: 'costTotal',
};

export interface NumberColumn {
  index: number;
  name: string;
  profile: ColumnProfile;
  assignment: FieldAssignment;
}

export interface NumberResolutionInput {
  columns: NumberColumn[];
  /** Counted over the columns the header named; `roleColumns` says which ones they were. */
  arithmetic: ArithmeticEvidence | null;
  roleColumns: Partial<Record<ArithmeticRole, number>>;
  mapping: MappingSpec | undefined;
  warnings: IssueMessage[];
  /**
   * The mark assumed when nothing decides: the Chilean decimal comma for text files; the point
   * for spreadsheets, whose numeric cells arrive as machine numbers ('1.088' is 1.088 kg).
   */
  fallbackMark?: DecimalMark;
}

/** The decimal marks under which all of a column's values parse (NumberProfiler's candidates). */
function allowedMarks(profile: ColumnProfile): DecimalMark[] {
  return DECIMAL_MARKS.filter((mark) => profile.numbers.candidates.some((format) => format.decimal === mark));
}

function majority(votes: Record<DecimalMark, number>): DecimalMark | null {
  if (votes['.'] === votes[',']) return null;
  return votes['.'] > votes[','] ? '.' : ',';
}

/**
 * Number formats of the numeric columns, decided together because a file has one convention:
 * 1. columns whose values allow one decimal mark only ('0.88', '1,243' beside '28.912') vote;
 * 2. quantity × unit price ≈ total (and the cost pair) settles the columns it covers, e.g.
 *    '1.088' kg beside '4,454' CLP; ties prefer one mark throughout, then the vote;
 * 3. other ambiguous columns follow the vote (or the arithmetic's choice); with no evidence at
 *    all the Chilean decimal comma is assumed and reported.
 */
export function resolveNumberFormats(input: NumberResolutionInput): Map<number, NumberFormat> {
  const votes: Record<DecimalMark, number> = { '.': 0, ',': 0 };
  for (const { profile } of input.columns) {
    const marks = allowedMarks(profile);
    if (marks.length === 1) votes[marks[0] as DecimalMark]++;
  }
  let preferred = majority(votes);
  const fallback = input.fallbackMark ?? ',';

  const decided = new Map<number, DecimalMark>();
  const allowed: Partial<Record<ArithmeticRole, DecimalMark[]>> = {};
  const roleByIndex = new Map<number, ArithmeticRole>();
  for (const column of input.columns) {
    const role = column.assignment.field ? ARITHMETIC_ROLE_OF[column.assignment.field] : undefined;
    if (!role || input.roleColumns[role] !== column.index) continue;
    roleByIndex.set(column.index, role);
    const marks = allowedMarks(column.profile);
    allowed[role] = marks.length > 0 ? marks : [column.profile.tally.best(preferred ?? fallback)];
  }
  const decision = input.arithmetic?.decide(allowed, preferred ?? fallback) ?? null;
  if (decision) {
    const settled: Record<DecimalMark, number> = { '.': 0, ',': 0 };
    for (const [index, role] of roleByIndex) {
      const mark = decision.marks[role];
      if (!mark) continue;
      decided.set(index, mark);
      if ((allowed[role] ?? []).length > 1) settled[mark]++;
    }
    preferred ??= majority(settled);
  }

  const formats = new Map<number, NumberFormat>();
  for (const { index, name, profile, assignment } of input.columns) {
    const numeric =
      profile.type === 'number' || (assignment.field && FIELD_VALUE_KIND[assignment.field] === 'number');
    if (!numeric) continue;
    const marks = allowedMarks(profile);
    let mark = decided.get(index) ?? (marks.length === 1 ? marks[0] : undefined);
    if (!mark && marks.length === 0) mark = profile.tally.best(preferred ?? fallback);
    if (!mark) {
      mark = preferred ?? fallback;
      if (profile.numbers.ambiguous && !preferred && assignment.field && fallback === ',') {
        input.warnings.push(detectionWarnings.ambiguousNumber(name, { ...READING_FORMATS[mark] }));
      }
    }
    const detected = profile.numbers.candidates.find((format) => format.decimal === mark);
    const format = detected ?? {
      ...READING_FORMATS[mark],
      currency: profile.numbers.candidates[0]?.currency ?? null,
    };
    formats.set(index, withUserChoice(format, input.mapping?.[name]?.number));
  }
  return formats;
}

/** A user's partial choice over the detected format, keeping the two separators distinct. */
function withUserChoice(detected: NumberFormat, chosen: Partial<NumberFormat> | undefined): NumberFormat {
  const format = { ...detected, ...chosen };
  if (chosen?.decimal && chosen.thousands === undefined && format.thousands === format.decimal) {
    format.thousands = format.decimal === '.' ? ',' : '.';
  }
  return format;
}
