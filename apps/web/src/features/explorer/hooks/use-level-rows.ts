import { type ExplorerFilters, keepWeekdayRows, sortRows } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { type ExplorerQuery, type ExplorerRow, explorerKeys, getLevelRows } from '../api/explorer';
import { type ExplorerLevel, isMetricLevel } from '../lib/levels';

export const EXPLORER_PAGE_SIZE = 50;

export interface LevelPaging {
  page: number;
  pageSize: number;
  total: number;
}

interface LevelView {
  range: { from?: string; to?: string };
  rangeValid: boolean;
  sort: string;
  page: number;
  filters: ExplorerFilters;
}

/**
 * The level's rows for the view in the URL: lists come a sorted page at a time from the API;
 * period levels come whole and are sorted and paged here; the weekday × hour grid comes whole.
 */
export function useLevelRows(companyId: string, level: ExplorerLevel, view: LevelView) {
  const { range, sort, page, filters } = view;
  // Period levels and the weekday × hour grid come whole: their key is the range alone.
  const levelQuery: ExplorerQuery =
    isMetricLevel(level) || level === 'hour' ? range : { ...range, sort, page, pageSize: EXPLORER_PAGE_SIZE };
  const query = useQuery({
    queryKey: explorerKeys.level(companyId, level, levelQuery, filters),
    queryFn: ({ signal }) => getLevelRows(companyId, level, levelQuery, filters, signal),
    enabled: view.rangeValid,
    // Keep the rows on screen while a new range, page or sort loads, never another level's.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === level ? previous : undefined,
  });

  let rows: ExplorerRow[] | undefined;
  let paging: LevelPaging | null = null;
  // The day view keeps the days of the link's weekdays itself, as Ask does.
  const periodRows = query.data && keepWeekdayRows(query.data.rows, filters.weekdays);
  if (isMetricLevel(level) && periodRows) {
    const sorted = sortRows(periodRows, sort);
    rows = sorted.slice((page - 1) * EXPLORER_PAGE_SIZE, page * EXPLORER_PAGE_SIZE);
    paging = { page, pageSize: EXPLORER_PAGE_SIZE, total: sorted.length };
  } else if (query.data) {
    rows = query.data.rows;
    const meta = query.data.page;
    paging = meta ? { page: meta.page, pageSize: meta.page_size, total: meta.total } : null;
  }
  return { query, rows, periodRows, paging };
}
