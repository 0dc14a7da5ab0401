import { localDay } from '../../features/time/local-day';
import { distinctDays } from '../insight-accumulator';
import { pct } from '../shared/stats';

/** Each customer's sorted distinct purchase days (local day indices). */
export type PurchaseDays = Map<string, number[]>;

export function purchaseDaysOf(customerDays: Map<string, number[]>): PurchaseDays {
  const out: PurchaseDays = new Map();
  for (const [id, days] of customerDays) out.set(id, distinctDays(days));
  return out;
}

const monthIndexOf = (day: number): number => localDay(day).monthIndex;
const monthLabel = (day: number): string => localDay(day).date.slice(0, 7);

/** Cohorts shown: the latest first-purchase months. */
export const COHORT_MONTHS = 24;

export interface CohortRow {
  /** First-purchase month, YYYY-MM. */
  cohort: string;
  customers: number;
  /** retention_pct[k]: % of the cohort buying in its k-th month after the first (k = 0 is 100). */
  retention_pct: number[];
}

/** Cohort retention matrix: first-purchase month × months since, for the latest 24 cohorts. */
export function cohortMatrix(days: PurchaseDays, dataThrough: number): CohortRow[] {
  const lastMonth = monthIndexOf(dataThrough);
  const cohorts = new Map<number, { label: string; size: number; active: number[] }>();
  for (const list of days.values()) {
    const first = list[0];
    if (first === undefined) continue;
    const start = monthIndexOf(first);
    if (lastMonth - start >= COHORT_MONTHS) continue;
    let cohort = cohorts.get(start);
    if (cohort === undefined) {
      cohort = { label: monthLabel(first), size: 0, active: new Array(lastMonth - start + 1).fill(0) };
      cohorts.set(start, cohort);
    }
    cohort.size++;
    let previous = -1;
    for (const day of list) {
      const k = monthIndexOf(day) - start;
      if (k !== previous && k < cohort.active.length) cohort.active[k] = (cohort.active[k] as number) + 1;
      previous = k;
    }
  }
  return [...cohorts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, c]) => ({
      cohort: c.label,
      customers: c.size,
      retention_pct: c.active.map((active) => pct(active, c.size) as number),
    }));
}

export interface NewReturning {
  month: string;
  new_customers: number;
  returning_customers: number;
}

/** Customers buying each month: first purchase that month (new) or before (returning); last 24 months. */
export function newVsReturning(days: PurchaseDays, dataThrough: number): NewReturning[] {
  const lastMonth = monthIndexOf(dataThrough);
  const months = new Map<number, NewReturning>();
  for (const list of days.values()) {
    const firstMonth = list[0] === undefined ? null : monthIndexOf(list[0]);
    let previous = -1;
    for (const day of list) {
      const m = monthIndexOf(day);
      if (m === previous) continue;
      previous = m;
      if (lastMonth - m >= COHORT_MONTHS) continue;
      let row = months.get(m);
      if (row === undefined) {
        row = { month: monthLabel(day), new_customers: 0, returning_customers: 0 };
        months.set(m, row);
      }
      if (m === firstMonth) row.new_customers++;
      else row.returning_customers++;
    }
  }
  return [...months.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

/**
 * Churn rate at `cutoff`: of the customers who bought in the `window` days before
 * [cutoff − window + 1, cutoff], the share who did not buy again in that last window.
 * Null when nobody bought in the earlier window.
 */
export function churnRateAt(days: PurchaseDays, cutoff: number, window: number): number | null {
  const earlyStart = cutoff - 2 * window + 1;
  const lateStart = cutoff - window + 1;
  let base = 0;
  let lost = 0;
  for (const list of days.values()) {
    let early = false;
    let late = false;
    for (const day of list) {
      if (day >= earlyStart && day < lateStart) early = true;
      else if (day >= lateStart && day <= cutoff) late = true;
    }
    if (!early) continue;
    base++;
    if (!late) lost++;
  }
  return pct(lost, base);
}
