import type { MetricGrain, MetricPeriod } from '@ayni/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { metricsOptions } from '../api/analytics';
import { type Kpi, type KpiKey, kpisForPeriod, kpisForRange, withoutAbsent } from '../lib/kpi';
import {
  currentRow,
  type DateRange,
  defaultCustomRange,
  KPI_GRAIN,
  lastYearRange,
  minusYear,
  previousRange,
  type Selection,
  SPARK_POINTS,
  trendGrain,
} from '../lib/period';

export interface DashboardData {
  /** Null until the anchor rows arrive. */
  range: DateRange | null;
  dataThrough: string | null;
  grain: MetricGrain;
  kpis: Kpi[] | null;
  trendRows: MetricPeriod[];
  /** Loaded and the company has no sales yet. */
  empty: boolean;
  loading: boolean;
  updating: boolean;
  error: unknown;
  retrying: boolean;
  retry: () => void;
}

/**
 * The figures of one dashboard. Presets read the stored month / quarter / year rows (the newest
 * complete one is the period, with the engine's own growth figures); a custom range sums the
 * days of the range, of the range before it and of the same range last year. The trend rows cover
 * the period and the year before it.
 */
export function useDashboardData(
  companyId: string,
  selection: Selection,
  keys: readonly KpiKey[],
): DashboardData {
  const preset = selection.preset;
  const anchorGrain: MetricGrain = preset === 'custom' ? 'month' : KPI_GRAIN[preset];
  const anchor = useQuery(metricsOptions(companyId, anchorGrain, null));
  const anchorRows = anchor.data?.data ?? [];
  const dataThrough = anchor.data?.dataThrough ?? null;
  const empty = anchor.isSuccess && (anchorRows.length === 0 || dataThrough === null);

  let range: DateRange | null = null;
  if (anchor.isSuccess && !empty) {
    if (preset === 'custom') range = selection.range ?? defaultCustomRange(dataThrough);
    else {
      const row = currentRow(anchorRows);
      range = row ? { from: row.period_start, to: row.period_end } : null;
    }
  }
  const grain = trendGrain(selection, range);
  const trendRange: DateRange | null = range
    ? {
        from:
          preset === 'custom'
            ? ([previousRange(range).from, lastYearRange(range).from].sort()[0] ?? range.from)
            : minusYear(range.from),
        to: range.to,
      }
    : null;
  const trend = useQuery({
    ...metricsOptions(companyId, grain, trendRange),
    enabled: trendRange !== null,
    placeholderData: keepPreviousData,
  });
  const dayRange = preset === 'custom' && grain !== 'day' ? trendRange : null;
  const days = useQuery({
    ...metricsOptions(companyId, 'day', dayRange),
    enabled: dayRange !== null,
  });

  let kpis: Kpi[] | null = null;
  if (range && preset !== 'custom') {
    const row = currentRow(anchorRows);
    kpis = row ? kpisForPeriod(keys, anchorRows, row, SPARK_POINTS[preset]) : null;
  } else if (range) {
    const dayRows = grain === 'day' ? trend.data?.data : days.data?.data;
    kpis = dayRows && !trend.isPlaceholderData ? kpisForRange(keys, dayRows, range) : null;
  }

  const failed = [anchor, trend, days].find((query) => query.isError) ?? null;
  return {
    range,
    dataThrough,
    grain,
    kpis: kpis && withoutAbsent(kpis),
    trendRows: trend.data?.data ?? [],
    empty,
    loading: !failed && !empty && (anchor.isPending || (trend.isPending && trendRange !== null)),
    updating: trend.isPlaceholderData && trend.isFetching,
    error: failed?.error ?? null,
    retrying: failed?.isFetching ?? false,
    retry: () => {
      void failed?.refetch();
    },
  };
}
