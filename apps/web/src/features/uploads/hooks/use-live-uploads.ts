import type { Upload } from '@ayni/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { listUploads, uploadKeys } from '../api/uploads';
import { isFinished, isRunning } from '../lib/describe';
import { mergeUploadEvent } from '../lib/merge-event';
import { POLL_MS } from './use-live-upload';
import { type UploadEvent, useUploadEvents } from './use-upload-events';

/**
 * The company's upload history, with running uploads kept current by their events (or by
 * polling every second while the socket is down and something is running).
 */
export function useLiveUploads(companyId: string) {
  const queryClient = useQueryClient();
  const key = uploadKeys.list(companyId);

  const connected = useUploadEvents(companyId, (event: UploadEvent) => {
    const list = queryClient.getQueryData<Upload[]>(key);
    const known = list?.some((upload) => upload.id === event.upload_id) ?? false;
    if (list && known) {
      queryClient.setQueryData<Upload[]>(
        key,
        list.map((upload) => (upload.id === event.upload_id ? mergeUploadEvent(upload, event) : upload)),
      );
    }
    if (!known || isFinished(event.status)) void queryClient.invalidateQueries({ queryKey: key });
  });

  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => listUploads(companyId, signal),
    refetchInterval: (q) => (!connected && (q.state.data ?? []).some(isRunning) ? POLL_MS : false),
  });
  const { refetch } = query;
  useEffect(() => {
    if (connected) void refetch();
  }, [connected, refetch]);

  return { ...query, connected };
}
