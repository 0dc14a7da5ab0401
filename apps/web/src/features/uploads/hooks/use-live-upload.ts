import type { Upload } from '@ayni/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { getUpload, uploadKeys } from '../api/uploads';
import { isFinished } from '../lib/describe';
import { addSample, type Estimate, estimateEta, type ProgressSample } from '../lib/eta';
import { mergeUploadEvent } from '../lib/merge-event';
import { type UploadEvent, useUploadEvents } from './use-upload-events';

/** Polling period while the socket is down (the brief: every second). */
export const POLL_MS = 1_000;
/** A slow safety poll while the socket is up, in case an event is lost. */
const SAFETY_POLL_MS = 10_000;

export interface LiveUpload {
  upload: Upload | undefined;
  error: unknown;
  /** The WebSocket is open (otherwise the upload is polled every second). */
  connected: boolean;
  estimate: Estimate;
  refetch: () => void;
}

/**
 * One upload, kept current by its `upload.*` events over the WebSocket, or by polling
 * `GET /uploads/{id}` every second while the socket is not connected. Finished uploads stop.
 */
export function useLiveUpload(companyId: string, uploadId: string): LiveUpload {
  const queryClient = useQueryClient();
  const [samples, setSamples] = useState<ProgressSample[]>([]);

  const connected = useUploadEvents(companyId, (event: UploadEvent) => {
    if (event.upload_id !== uploadId) return;
    const key = uploadKeys.one(uploadId);
    const current = queryClient.getQueryData<Upload>(key);
    if (current) queryClient.setQueryData<Upload>(key, mergeUploadEvent(current, event));
    if (!current || isFinished(event.status)) {
      // The full view (error text, detection, counts) comes from the API.
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: uploadKeys.all(companyId) });
    }
  });

  const query = useQuery({
    queryKey: uploadKeys.one(uploadId),
    queryFn: ({ signal }) => getUpload(uploadId, signal),
    staleTime: 0,
    refetchInterval: (q) => {
      const data = q.state.data;
      if (data && isFinished(data.status)) return false;
      return connected ? SAFETY_POLL_MS : POLL_MS;
    },
  });
  const { refetch } = query;

  // Events sent before the socket (re)opened are lost: catch up once on every connection.
  useEffect(() => {
    if (connected) void refetch();
  }, [connected, refetch]);

  const upload = query.data;
  const progress = upload?.progress;
  const lines = upload?.lines_processed;
  useEffect(() => {
    if (progress === undefined || lines === undefined) return;
    setSamples((previous) => addSample(previous, { at: Date.now(), progress, lines }));
  }, [progress, lines]);

  return {
    upload,
    error: query.error,
    connected,
    estimate: estimateEta(samples),
    refetch: () => void refetch(),
  };
}
