import type { MetricGrain, MetricPeriod } from '@ayni/contracts';

/** The period buttons: the latest complete month / quarter / year, or a custom range. */
export const PRESETS = ['month', 'quarter', 'year', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];
export const DEFAULT_PRESET: Preset = 'month';

export interface DateRange {
  from: string;
  to: string;
}

export interface Selection {
  preset: Preset;
  /** Only for `custom`. */
  range?: DateRange | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function parsePreset(value: string | null | undefined): Preset {
  return (PRESETS as readonly string[]).includes(value ?? '') ? (value as Preset) : DEFAULT_PRESET;
}

/** `custom` needs two valid dates in order; anything else falls back to the default preset. */
export function parseSelection(params: URLSearchParams): Selection {
  const preset = parsePreset(params.get('period'));
  if (preset !== 'custom') return { preset };
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (!ISO.test(from) || !ISO.test(to) || from > to) return { preset: DEFAULT_PRESET };
  return { preset, range: { from, to } };
}

/** Grain of the KPI rows (one stored row is the period) for the presets. */
export const KPI_GRAIN: Record<Exclude<Preset, 'custom'>, MetricGrain> = {
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

/** Points of the sparkline per preset (a year of months, two years of quarters, five years). */
export const SPARK_POINTS: Record<Preset, number> = { month: 12, quarter: 8, year: 5, custom: 12 };

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const value = toUtc(date);
  value.setUTCDate(value.getUTCDate() + days);
  return iso(value);
}

/** Same calendar day one year before (29 Feb → 28 Feb). */
export function minusYear(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  return `${year - 1}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

export function daysBetween(range: DateRange): number {
  return Math.round((toUtc(range.to).getTime() - toUtc(range.from).getTime()) / 86_400_000) + 1;
}

/** The trend's grain: days for up to ~3 months, weeks up to a year, months beyond. */
export function trendGrain(selection: Selection, range: DateRange | null): MetricGrain {
  if (selection.preset === 'month') return 'day';
  if (selection.preset === 'quarter') return 'week';
  if (selection.preset === 'year') return 'month';
  const days = range ? daysBetween(range) : 0;
  return days <= 92 ? 'day' : days <= 366 ? 'week' : 'month';
}

/** The equally long range just before `range`. */
export function previousRange(range: DateRange): DateRange {
  const days = daysBetween(range);
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) };
}

export function lastYearRange(range: DateRange): DateRange {
  return { from: minusYear(range.from), to: minusYear(range.to) };
}

/**
 * The current period of a preset: the newest stored row that is complete (the engine flags a
 * period the data only partly covers as `partial`), else the newest row.
 */
export function currentRow(rows: readonly MetricPeriod[]): MetricPeriod | null {
  const sorted = [...rows].sort((a, b) => a.period_start.localeCompare(b.period_start));
  const complete = sorted.filter((row) => row.partial !== true);
  return complete.at(-1) ?? sorted.at(-1) ?? null;
}

/** Default custom range: the 30 days ending at `dataThrough` (or today). */
export function defaultCustomRange(dataThrough: string | null): DateRange {
  const to = dataThrough ?? iso(new Date());
  return { from: addDays(to, -29), to };
}

/** `2025-03-14` / `2025-W11` / `2025-03` / `2025-Q1` / `2025` → the same period a year before. */
export function periodKeyLastYear(period: string): string {
  const match = /^(\d{4})(.*)$/.exec(period);
  if (!match) return period;
  const rest = match[2] ?? '';
  if (rest === '-02-29') return `${Number(match[1]) - 1}-02-28`;
  return `${Number(match[1]) - 1}${rest}`;
}
