import type { AppEvent } from '@ayni/contracts';
import { useEffect, useRef, useState } from 'react';
import { wsUrl } from '../../../lib/config';
import { connectRealtime } from '../../../lib/realtime';
import { useAccessToken } from '../../auth/hooks/use-access-token';

export type UploadEvent = Extract<AppEvent, { type: `upload.${string}` }>;

const isUploadEvent = (event: AppEvent): event is UploadEvent => event.type.startsWith('upload.');

/**
 * Listens to one company's `upload.*` events over the WebSocket while mounted. Returns whether
 * the socket is open: callers poll instead while it is not.
 */
export function useUploadEvents(companyId: string, onEvent: (event: UploadEvent) => void): boolean {
  const token = useAccessToken();
  const [connected, setConnected] = useState(false);
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    if (!token || typeof WebSocket === 'undefined') return;
    const stop = connectRealtime({
      url: wsUrl(`/api/v1/ws?token=${encodeURIComponent(token)}`),
      onStatus: setConnected,
      onEvent: (event) => {
        if (isUploadEvent(event) && event.company_id === companyId) handler.current(event);
      },
    });
    return () => {
      stop();
      setConnected(false);
    };
  }, [token, companyId]);

  return connected;
}
