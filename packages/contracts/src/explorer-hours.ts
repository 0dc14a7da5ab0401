import type { ExplorerFilters } from './explorer-link';

/*
 * The days and hours a view keeps itself: the day view's days of some weekdays (`/metrics` has no
 * weekday filter), and the weekday × hour view: the cells of `/hours` a link's weekdays and hours keep, and
 * their totals per weekday, per hour and all together. Sums are in integer cents and the average
 * ticket is recomputed from them, as Ask sums the same cells (apps/server/src/modules/ask/
 * metric-sums.ts), so a weekday's or an hour's total here is the answer's figure.
 */

/** The figures of a cell the view sums (a `HourSales` row has them all). */
export interface HourCellFigures {
  weekday: number;
  hour: number;
  revenue: number;
  units: number;
  transactions: number;
  returns: number;
  lines: number;
}

export const HOUR_GRID_METRICS = ['revenue', 'units', 'transactions', 'returns', 'avg_ticket'] as const;
export type HourGridMetric = (typeof HOUR_GRID_METRICS)[number];

export type HourTotals = Record<HourGridMetric, number | null> & {
  /** Whether any kept cell has a sale line or a ticket. */
  sold: boolean;
};

export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const DAY_HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/**
 * Whether a local hour is in the span [from, to): 9–12 is 09:00 to 11:59; a span that ends
 * before it begins runs past midnight (22–6, the madrugada: 22:00 to 05:59).
 */
export const inHourSpan = (hour: number, span: { from: number; to: number }): boolean =>
  span.from < span.to ? hour >= span.from && hour < span.to : hour >= span.from || hour < span.to;

/** Whether the cell is one of the filters' weekdays and hours (no filter keeps every cell). */
export function inHourSelection(
  cell: Pick<HourCellFigures, 'weekday' | 'hour'>,
  filters: Pick<ExplorerFilters, 'weekdays' | 'hours'>,
): boolean {
  const { weekdays, hours } = filters;
  return (
    (weekdays === null || weekdays.includes(cell.weekday)) && (hours === null || inHourSpan(cell.hour, hours))
  );
}

/** Totals of some cells: amounts to the cent, units to the thousandth, tickets counted. */
export function sumHourCells(cells: readonly HourCellFigures[]): HourTotals {
  let cents = 0;
  let units = 0;
  let transactions = 0;
  let returns = 0;
  let sold = false;
  for (const cell of cells) {
    cents += Math.round(cell.revenue * 100);
    units += cell.units;
    transactions += cell.transactions;
    returns += cell.returns;
    if (cell.lines > 0 || cell.transactions > 0) sold = true;
  }
  const tickets = Math.round(transactions);
  return {
    revenue: cents / 100 + 0,
    units: Math.round(units * 1000) / 1000 + 0,
    transactions: tickets,
    returns: Math.round(returns),
    // The engine's rounding: cents per ticket, halves up.
    avg_ticket: tickets === 0 ? null : Math.round(cents / tickets) / 100 + 0,
    sold,
  };
}

export interface HourGrid<T extends HourCellFigures> {
  /** The weekdays and hours shown (the filters', else all), ascending. */
  weekdays: number[];
  hours: number[];
  /** The kept cells by `weekday:hour`. */
  cells: Map<string, T>;
  byWeekday: Map<number, HourTotals>;
  byHour: Map<number, HourTotals>;
  total: HourTotals;
}

export const hourCellKey = (weekday: number, hour: number) => `${weekday}:${hour}`;

/** The grid of the filters' weekdays and hours, with its totals. */
export function hourGrid<T extends HourCellFigures>(
  cells: readonly T[],
  filters: Pick<ExplorerFilters, 'weekdays' | 'hours'>,
): HourGrid<T> {
  const kept = cells.filter((cell) => inHourSelection(cell, filters));
  const weekdays = filters.weekdays ?? [...ISO_WEEKDAYS];
  // A span past midnight is listed in its own order: 22, 23, 0… 5.
  const start = filters.hours?.from ?? 0;
  const hours = [...DAY_HOURS.slice(start), ...DAY_HOURS.slice(0, start)].filter((hour) =>
    inHourSelection({ weekday: weekdays[0] ?? 1, hour }, filters),
  );
  return {
    weekdays,
    hours,
    cells: new Map(kept.map((cell) => [hourCellKey(cell.weekday, cell.hour), cell])),
    byWeekday: new Map(weekdays.map((day) => [day, sumHourCells(kept.filter((c) => c.weekday === day))])),
    byHour: new Map(hours.map((hour) => [hour, sumHourCells(kept.filter((c) => c.hour === hour))])),
    total: sumHourCells(kept),
  };
}

/** ISO weekday (1 Monday … 7 Sunday) of a YYYY-MM-DD date. */
export const isoWeekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/** The day rows (by `period_start`) of the given weekdays, as Ask keeps them; all without any. */
export function keepWeekdayRows<T extends object>(
  rows: readonly T[],
  weekdays: readonly number[] | null,
): T[] {
  if (weekdays === null) return [...rows];
  return rows.filter((row) => {
    const start = (row as { period_start?: unknown }).period_start;
    return typeof start === 'string' && weekdays.includes(isoWeekdayOf(start));
  });
}
