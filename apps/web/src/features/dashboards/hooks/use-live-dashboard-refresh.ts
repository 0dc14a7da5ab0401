import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { wsUrl } from '../../../lib/config';
import { connectRealtime } from '../../../lib/realtime';
import { dashboardKeys } from '../api/analytics';

/**
 * Listens to server events while signed in; when a company's analytics change (`analytics.updated`
 * after an import, a deletion or a refresh; `job.completed` for older jobs), its dashboard queries
 * are invalidated so the figures on screen refresh by themselves.
 */
export function useLiveDashboardRefresh(token: string | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!token) return;
    return connectRealtime({
      url: wsUrl(`/api/v1/ws?token=${encodeURIComponent(token)}`),
      onEvent: (event) => {
        if (event.type === 'analytics.updated' || event.type === 'job.completed') {
          void queryClient.invalidateQueries({ queryKey: dashboardKeys.company(event.company_id) });
        }
      },
    });
  }, [token, queryClient]);
}
