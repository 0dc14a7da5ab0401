import type { AskFilters } from '@ayni/contracts';

/** A query's slice as the breakdown endpoints' query string names it. */
export type SliceName = 'location' | 'product' | 'category' | 'clock';

/** The filters among `names` that the query gives (`clock`: its days of the week and hours). */
export function sliceParams(filters: AskFilters, names: readonly SliceName[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const name of names) {
    if (name !== 'clock') {
      const value = filters[name];
      if (value) params[name] = value;
      continue;
    }
    if (filters.weekdays) params.weekdays = filters.weekdays.join(',');
    if (filters.hours) {
      params.hour_from = String(filters.hours.from);
      params.hour_to = String(filters.hours.to);
    }
  }
  return params;
}
