import type {
  CreateWebhook,
  UpdateWebhook,
  Webhook,
  WebhookDelivery,
  WebhookWithSecret,
} from '@ayni/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Envelope } from '../../../lib/api-client';

const base = (companyId: string) => `/api/v1/companies/${encodeURIComponent(companyId)}/webhooks`;
const one = (companyId: string, webhookId: string) => `${base(companyId)}/${encodeURIComponent(webhookId)}`;
export const webhooksQueryKey = (companyId: string) => ['webhooks', companyId] as const;
const deliveriesKey = (companyId: string, webhookId: string) => [
  'webhooks',
  companyId,
  webhookId,
  'deliveries',
];

export const DELIVERIES_PAGE_SIZE = 20;

export function useWebhooks(companyId: string) {
  return useQuery({
    queryKey: webhooksQueryKey(companyId),
    queryFn: async ({ signal }) => (await api.get<Envelope<Webhook[]>>(base(companyId), { signal })).data,
  });
}

function useWebhookMutation<I, O>(companyId: string, call: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksQueryKey(companyId) }),
  });
}

export const useCreateWebhook = (companyId: string) =>
  useWebhookMutation(
    companyId,
    async (input: CreateWebhook) =>
      (await api.post<Envelope<WebhookWithSecret>>(base(companyId), input)).data,
  );

export const useUpdateWebhook = (companyId: string) =>
  useWebhookMutation(
    companyId,
    async ({ id, patch }: { id: string; patch: UpdateWebhook }) =>
      (await api.patch<Envelope<Webhook | WebhookWithSecret>>(one(companyId, id), patch)).data,
  );

export const useDeleteWebhook = (companyId: string) =>
  useWebhookMutation(
    companyId,
    async (id: string) => (await api.delete<Envelope<Webhook>>(one(companyId, id))).data,
  );

export const useTestWebhook = (companyId: string) =>
  useWebhookMutation(
    companyId,
    async (id: string) => (await api.post<Envelope<WebhookDelivery>>(`${one(companyId, id)}/test`)).data,
  );

export const useRedeliver = (companyId: string) =>
  useWebhookMutation(
    companyId,
    async ({ webhookId, deliveryId }: { webhookId: string; deliveryId: string }) =>
      (
        await api.post<Envelope<WebhookDelivery>>(
          `${one(companyId, webhookId)}/deliveries/${encodeURIComponent(deliveryId)}/redeliver`,
        )
      ).data,
  );

/** One page of the log; refetched every few seconds while something is still pending. */
export function useWebhookDeliveries(companyId: string, webhookId: string, page: number) {
  return useQuery({
    queryKey: [...deliveriesKey(companyId, webhookId), page],
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) => {
      const query = `?page=${page}&page_size=${DELIVERIES_PAGE_SIZE}`;
      const res = await api.get<Envelope<WebhookDelivery[]> & { meta: { total: number } }>(
        `${one(companyId, webhookId)}/deliveries${query}`,
        { signal },
      );
      return { items: res.data, total: res.meta.total };
    },
    refetchInterval: (query) =>
      query.state.data?.items.some((d) => d.status === 'pending' || d.status === 'retrying') ? 3000 : false,
  });
}
