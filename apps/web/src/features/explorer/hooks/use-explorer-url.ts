import {
  EXPLORER_LEVEL_FILTERS,
  type ExplorerFilterName,
  explorerFilterParams,
  filtersForLevel,
  readExplorerParams,
} from '@ayni/contracts';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type ExplorerLevel, isValidSort, LEVELS } from '../lib/levels';

/** The URL parameters of each filter (hours are a pair). */
const FILTER_PARAMS: Record<ExplorerFilterName, string[]> = {
  location: ['location'],
  product: ['product'],
  category: ['category'],
  weekdays: ['weekdays'],
  hours: ['hour_from', 'hour_to'],
  customer: ['customer'],
  unit: ['unit'],
};

/**
 * The explorer's state in its URL: range, sort, page and the slice, read as Ask's deep links are
 * checked to be read (`readExplorerParams` in contracts), and the changes the page makes to it.
 */
export function useExplorerUrl(level: ExplorerLevel) {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readExplorerParams(params, level), [params, level]);
  const filters = useMemo(() => filtersForLevel(view.filters, level), [view.filters, level]);
  const from = view.from ?? '';
  const to = view.to ?? '';
  const defaultSort = LEVELS[level].defaultSort;

  const update = (changes: Record<string, string | number | null>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      },
      { replace: true },
    );
  };

  return {
    from,
    to,
    rangeValid: !(from && to && from > to),
    sort: view.sort && isValidSort(level, view.sort) ? view.sort : defaultSort,
    page: Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1),
    /** Only the filters this level applies. */
    filters,
    update,
    /** Drops filters (back to page 1). */
    removeFilters: (names: readonly ExplorerFilterName[] = EXPLORER_LEVEL_FILTERS[level]) =>
      update({
        ...Object.fromEntries(names.flatMap((name) => FILTER_PARAMS[name].map((key) => [key, null]))),
        page: null,
      }),
    /** The query string of another level: the dates, and the filters shown that it applies too. */
    searchFor: (next: ExplorerLevel) => {
      const search = new URLSearchParams();
      if (from) search.set('from', from);
      if (to) search.set('to', to);
      for (const [key, value] of Object.entries(explorerFilterParams(filtersForLevel(filters, next)))) {
        search.set(key, value);
      }
      const text = search.toString();
      return text ? `?${text}` : '';
    },
  };
}
