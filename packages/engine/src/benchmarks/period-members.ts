import type { PeriodCuts } from './period-cohorts';

const KINDS = 4;

/** The companies with a value (not NaN), ascending. */
export function withValue(values: Float64Array): Int32Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i] as number)) count++;
  const companies = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i] as number)) companies[at++] = i;
  return companies;
}

/**
 * The companies with a value in ascending value order (equal values by company), and each
 * company's `tie`: how many values are below its own (lower bound in the sorted values), so
 * equal values, and only they, share a tie (−0 and 0 too, as `===` and `<` see them).
 */
export function ascendingByValue(values: Float64Array): { order: Int32Array; tie: Int32Array } {
  const companies = withValue(values);
  const sorted = new Float64Array(companies.length);
  for (let at = 0; at < companies.length; at++) sorted[at] = values[companies[at] as number] as number;
  sorted.sort(); // typed arrays sort numerically
  const tie = new Int32Array(values.length);
  const order = new Int32Array(companies.length);
  const placed = new Int32Array(companies.length);
  for (const i of companies) {
    const value = values[i] as number;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((sorted[mid] as number) < value) low = mid + 1;
      else high = mid;
    }
    tie[i] = low;
    order[low + (placed[low] as number)] = i;
    placed[low] = (placed[low] as number) + 1;
  }
  return { order, tie };
}

/**
 * Members of every cut grouped by cut (a counting sort), each group in the order of
 * `companies` (companies with a value, in the order wanted).
 */
export function membersByCut(
  period: PeriodCuts,
  companies: Int32Array,
): { start: Int32Array; members: Int32Array } {
  const { companyCuts } = period;
  const start = new Int32Array(period.cuts.length + 1);
  for (const i of companies)
    for (let k = 0; k < KINDS; k++) {
      const slot = (companyCuts[i * KINDS + k] as number) + 1;
      start[slot] = (start[slot] as number) + 1;
    }
  for (let c = 0; c < period.cuts.length; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const next = start.slice(0, period.cuts.length);
  const members = new Int32Array(companies.length * KINDS);
  for (const i of companies)
    for (let k = 0; k < KINDS; k++) {
      const cut = companyCuts[i * KINDS + k] as number;
      const at = next[cut] as number;
      members[at] = i;
      next[cut] = at + 1;
    }
  return { start, members };
}
