import type { DateFormat, DateOrder, IssueMessage } from '../types';
import type { ColumnProfile } from './column-evidence';
import { detectionWarnings } from './detection-warnings';

/** 'dd/mm/yyyy HH:MM' ↔ 'mm/dd/yyyy HH:MM' (lower-case mm is the month, upper-case the minute). */
function withOrder(format: DateFormat, order: DateOrder): DateFormat {
  if (format.order === order) return format;
  const pattern =
    order === 'ymd' || format.order === 'ymd'
      ? format.pattern
      : format.pattern.replace(/^(dd|mm)([-/.])(dd|mm)/, '$3$2$1');
  return { ...format, order, pattern };
}

/**
 * The date format of a date column: DateProfiler's decision from day > 12 evidence across the
 * whole file; when no value tells day from month, the order under which the dates stay
 * together (see DateSpan), else the Chilean dd/mm with a warning. A user's order wins.
 */
export function resolveDateFormat(
  name: string,
  profile: ColumnProfile,
  userOrder: DateOrder | undefined,
  warnings: IssueMessage[],
): DateFormat | null {
  const detected = profile.dates.format;
  if (userOrder) {
    return withOrder(detected ?? { kind: 'pattern', order: userOrder, pattern: 'dd-mm-yyyy' }, userOrder);
  }
  if (detected?.kind !== 'pattern' || detected.order === 'ymd') return detected;
  const { evidence } = profile.dates;
  if (evidence.dmy > 0 || evidence.mdy > 0) return detected;
  const tighter = profile.span.tighterOrder();
  if (tighter) {
    warnings.push(detectionWarnings.dateOrderFromRange(name, tighter, profile.span.spanDays(tighter)));
    return withOrder(detected, tighter);
  }
  warnings.push(detectionWarnings.ambiguousDateOrder(name, detected.order));
  return detected;
}
