import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { wsUrl } from '../../../lib/config';
import { connectRealtime } from '../../../lib/realtime';
import { dashboardKeys } from '../api/get-dashboard-summary';

/**
 * Listens to server events while signed in; when a company's analytics job completes, its dashboard
 * queries are invalidated so on-screen figures refresh by themselves.
 */
export function useLiveDashboardRefresh(token: string | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!token) return;
    return connectRealtime({
      url: wsUrl(`/api/v1/ws?token=${encodeURIComponent(token)}`),
      onEvent: (event) => {
        if (event.type === 'job.completed') {
          void queryClient.invalidateQueries({ queryKey: dashboardKeys.company(event.company_id) });
        }
      },
    });
  }, [token, queryClient]);
}
