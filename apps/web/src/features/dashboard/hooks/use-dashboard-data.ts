import { useQuery } from '@tanstack/react-query';
import { dashboardSummaryOptions } from '../api/get-dashboard-summary';
import { lastDataMonth, type Period, periodRange } from '../lib/period';

/**
 * Summary for the selected period. The unfiltered summary is always loaded: its newest month anchors
 * the "last N months" ranges, so switching periods never drifts as data arrives.
 */
export function useDashboardData(companyId: string, period: Period) {
  const base = useQuery(dashboardSummaryOptions(companyId, null));
  const range = period === 'all' ? null : periodRange(period, lastDataMonth(base.data));
  const waitingForAnchor = period !== 'all' && base.isPending;

  const selected = useQuery({
    ...dashboardSummaryOptions(companyId, range),
    enabled: !waitingForAnchor,
    // Keep figures on screen while another period loads, but never another company's figures.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === companyId ? previous : undefined,
  });

  const failed = base.isError ? base : selected.isError ? selected : null;
  return {
    range,
    summary: selected.data,
    isLoading: selected.data === undefined && !failed,
    isUpdating: selected.isPlaceholderData && selected.isFetching,
    error: failed?.error ?? null,
    isRetrying: failed?.isFetching ?? false,
    retry: () => {
      void (failed ?? selected).refetch();
    },
  };
}
