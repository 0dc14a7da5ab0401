import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { listUploads, uploadKeys } from '../api/uploads';
import { isFinished, isRunning } from '../lib/describe';
import { mergeUploadEvent } from '../lib/merge-event';
import {
  flattenPages,
  holdsUpload,
  type UploadPages,
  updateUpload,
  withFreshFirstPage,
} from '../lib/upload-pages';
import { POLL_MS } from './use-live-upload';
import { type UploadEvent, useUploadEvents } from './use-upload-events';

/**
 * The company's upload history, newest first, a page at a time (`loadMore` asks for older ones).
 * Running uploads stay current by their events, or, while the socket is down, by polling the
 * first page every second (where running uploads are: they are the newest).
 */
export function useLiveUploads(companyId: string) {
  const queryClient = useQueryClient();
  const key = uploadKeys.list(companyId);

  const connected = useUploadEvents(companyId, (event: UploadEvent) => {
    const data = queryClient.getQueryData<UploadPages>(key);
    const known = data ? holdsUpload(data, event.upload_id) : false;
    if (data && known) {
      queryClient.setQueryData<UploadPages>(
        key,
        updateUpload(data, event.upload_id, (upload) => mergeUploadEvent(upload, event)),
      );
    }
    if (!known || isFinished(event.status)) void queryClient.invalidateQueries({ queryKey: key });
  });

  const query = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam, signal }) => listUploads(companyId, { before: pageParam, signal }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const { refetch, data } = query;
  const uploads = useMemo(() => (data ? flattenPages(data) : undefined), [data]);

  // Events sent before the socket (re)opened are lost: catch up once on every connection.
  useEffect(() => {
    if (connected) void refetch();
  }, [connected, refetch]);

  const polling = !connected && (uploads ?? []).some(isRunning);
  useEffect(() => {
    if (!polling) return;
    const listKey = uploadKeys.list(companyId);
    const controller = new AbortController();
    let inFlight = false;
    const poll = async () => {
      // A refetch or an older page on its way brings fresher pages than this poll would.
      if (inFlight || queryClient.isFetching({ queryKey: listKey }) > 0) return;
      inFlight = true;
      try {
        const fresh = await listUploads(companyId, { signal: controller.signal });
        const current = queryClient.getQueryData<UploadPages>(listKey);
        if (!current || queryClient.isFetching({ queryKey: listKey }) > 0) return;
        const next = withFreshFirstPage(current, fresh);
        if (next) queryClient.setQueryData<UploadPages>(listKey, next);
        else void queryClient.invalidateQueries({ queryKey: listKey });
      } catch {
        // The next tick tries again; the page shows the last state it had.
      } finally {
        inFlight = false;
      }
    };
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [polling, companyId, queryClient]);

  return {
    data: uploads,
    error: query.error,
    isFetching: query.isFetching,
    refetch,
    connected,
    hasMore: query.hasNextPage,
    loadMore: () => void query.fetchNextPage(),
    loadingMore: query.isFetchingNextPage,
    loadMoreError: query.isFetchNextPageError ? query.error : null,
  };
}
