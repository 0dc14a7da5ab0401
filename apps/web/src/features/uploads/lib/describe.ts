import type { PeriodChange, Upload, UploadStatus } from '@ayni/contracts';
import { FINISHED_UPLOAD_STATUSES } from '@ayni/contracts';
import { formatDate, formatMonth, formatNumber } from '../../../lib/format';
import type { I18nValue } from '../../../lib/i18n/i18n-context';
import { splitDuration } from './eta';
import { type DetectedColumn, isNumericField } from './mapping';

type T = I18nValue['t'];

export const isFinished = (status: UploadStatus): boolean => FINISHED_UPLOAD_STATUSES.includes(status);
export const isRunning = (upload: Pick<Upload, 'status'>): boolean => !isFinished(upload.status);

/** Stages a running import goes through, in order. */
export const STAGES: readonly UploadStatus[] = [
  'queued',
  'validating',
  'importing',
  'aggregating',
  'completed',
];

export function statusTone(status: UploadStatus): 'neutral' | 'good' | 'warn' | 'bad' | 'live' {
  if (status === 'completed') return 'good';
  if (status === 'failed') return 'bad';
  if (status === 'cancelled' || status === 'deleted') return 'neutral';
  return 'live';
}

const DELIMITERS: Record<string, 'semicolon' | 'comma' | 'tab' | 'pipe'> = {
  ';': 'semicolon',
  ',': 'comma',
  '\t': 'tab',
  '|': 'pipe',
};

export function delimiterLabel(delimiter: string | null, t: T): string {
  if (delimiter === null) return t('uploads.detected.none');
  const known = DELIMITERS[delimiter];
  return known ? t(`uploads.delimiter.${known}`) : t('uploads.delimiter.other', { value: delimiter });
}

/** `dd/mm/yyyy` style pattern of a date order, for people (aaaa in Spanish). */
const DATE_ORDER_PATTERN: Record<string, { es: string; en: string }> = {
  dmy: { es: 'dd/mm/aaaa', en: 'dd/mm/yyyy' },
  mdy: { es: 'mm/dd/aaaa', en: 'mm/dd/yyyy' },
  ymd: { es: 'aaaa-mm-dd', en: 'yyyy-mm-dd' },
};

/**
 * "Número · moneda $ · decimal «,» · miles «.»", "Fecha · dd/mm/aaaa", "Texto". A number column
 * that feeds an id (the document number) is just "Número": its separators mean nothing there.
 */
export function describeColumnFormat(
  column: DetectedColumn,
  { t, language }: Pick<I18nValue, 't' | 'language'>,
) {
  const parts = [t(`uploads.type.${column.type}`)];
  const readAsNumber = column.field === null || isNumericField(column.field);
  if (column.type === 'number' && column.number && readAsNumber) {
    if (column.number.currency) parts.push(t('uploads.type.currency', { symbol: column.number.currency }));
    if (column.number.percent) parts.push(t('uploads.type.percent'));
    parts.push(t('uploads.type.decimalMark', { mark: column.number.decimal }));
    if (column.number.thousands)
      parts.push(t('uploads.type.thousandsMark', { mark: column.number.thousands }));
  }
  if (column.type === 'date' && column.date) {
    const pattern = DATE_ORDER_PATTERN[column.date.order];
    parts.push(pattern ? pattern[language] : column.date.pattern || column.date.order);
  }
  return parts.join(' · ');
}

/** "45 s", "2 min 5 s", "1 h 20 min". */
export function formatDuration(seconds: number, t: T): string {
  const { hours, minutes, seconds: s } = splitDuration(seconds);
  if (hours > 0) return t('uploads.duration.hours', { h: hours, m: minutes });
  if (minutes > 0) return t('uploads.duration.minutes', { m: minutes, s });
  return t('uploads.duration.seconds', { s });
}

/** A period of `/changes` for people: `05-10-2025`, `Semana del 06-10-2025`, `oct 2025`, `T4 2025`, `2025`. */
export function periodLabel(
  change: Pick<PeriodChange, 'period_type' | 'period_start'>,
  i18n: Pick<I18nValue, 't' | 'language'>,
) {
  const start = change.period_start.slice(0, 10);
  const [year = '', month = '01'] = start.split('-');
  switch (change.period_type) {
    case 'day':
      return formatDate(start);
    case 'week':
      return i18n.t('uploads.changes.weekOf', { date: formatDate(start) });
    case 'month':
      return formatMonth(start, i18n.language);
    case 'quarter':
      return i18n.t('uploads.changes.quarterOf', { quarter: Math.floor((Number(month) - 1) / 3) + 1, year });
    default:
      return year;
  }
}

/** The upload's error in the interface language. */
export function uploadErrorMessage(upload: Upload, language: I18nValue['language']): string | null {
  if (!upload.error) return null;
  return language === 'es' ? (upload.error.message_es ?? upload.error.message) : upload.error.message;
}

/** Files the API reads: CSV/TSV/TXT, XLSX, and gzip of either. */
export function isAcceptedFile(name: string): boolean {
  return /\.(csv|tsv|txt|xlsx)(\.gz)?$/i.test(name) || /\.gz$/i.test(name);
}

export const ACCEPT =
  '.csv,.tsv,.txt,.xlsx,.gz,text/csv,text/plain,text/tab-separated-values,application/gzip';

/** `1.234.567 B` → `1,2 MB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(unit === 0 ? Math.round(value) : Math.round(value * 10) / 10)} ${units[unit]}`;
}

/** Santiago: where Chilean sales happen, and the API's default company time zone. */
export const DEFAULT_TIME_ZONE = 'America/Santiago';

/**
 * The wall-clock time of an instant in `timeZone`, as a local `Date`, so the shared
 * `formatDateTime` shows a sale at the hour it was rung up whatever the browser's zone.
 */
export function wallClock(input: string, timeZone: string): Date | string {
  const date = new Date(input);
  if (Number.isNaN(date.getTime())) return input;
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    return new Date(
      part('year'),
      part('month') - 1,
      part('day'),
      part('hour'),
      part('minute'),
      part('second'),
    );
  } catch {
    return date;
  }
}
