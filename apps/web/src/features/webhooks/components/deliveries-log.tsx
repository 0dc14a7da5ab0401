import type { Webhook, WebhookDelivery } from '@ayni/contracts';
import { useState } from 'react';
import { Button } from '../../../components/button';
import { ErrorState } from '../../../components/error-state';
import { FormAlert } from '../../../components/form/form-alert';
import { PageLoader } from '../../../components/page-loader';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { DELIVERIES_PAGE_SIZE, useRedeliver, useWebhookDeliveries } from '../api/webhooks';
import { useWebhookLabels } from '../labels';

const STATUS_TONE: Record<WebhookDelivery['status'], string> = {
  pending: 'bg-slate-100 text-slate-700',
  retrying: 'bg-amber-100 text-amber-900',
  succeeded: 'bg-teal-50 text-teal-800',
  failed: 'bg-red-50 text-red-800',
};

/** The webhook's delivery log, newest first, one page at a time, with redelivery. */
export function DeliveriesLog({ companyId, webhook }: { companyId: string; webhook: Webhook }) {
  const i18n = useI18n();
  const { l, status, date } = useWebhookLabels();
  const [page, setPage] = useState(1);
  const log = useWebhookDeliveries(companyId, webhook.id, page);
  const redeliver = useRedeliver(companyId);

  if (log.isPending) return <PageLoader label={l('loadingLog')} />;
  if (log.isError)
    return <ErrorState message={errorMessage(log.error, i18n)} onRetry={() => void log.refetch()} />;
  if (log.data.items.length === 0) return <p className="text-sm text-slate-600">{l('logEmpty')}</p>;
  const pages = Math.max(1, Math.ceil(log.data.total / DELIVERIES_PAGE_SIZE));

  return (
    <div className="space-y-3">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" aria-label={l('logLabel', { url: webhook.url })}>
          <thead className="text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {l('colEvent')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {l('colStatus')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {l('colAttempts')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {l('colResponse')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {l('colDuration')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {l('colWhen')}
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">{l('redeliver')}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {log.data.items.map((delivery) => (
              <tr key={delivery.id}>
                <td className="py-2 pr-3 font-mono text-xs">{delivery.event_type}</td>
                <td className="py-2 pr-3">
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_TONE[delivery.status]}`}
                  >
                    {status(delivery.status)}
                  </span>
                  {delivery.next_attempt_at && (
                    <span className="block text-xs text-slate-500">
                      {l('nextAttempt', { when: date(delivery.next_attempt_at) })}
                    </span>
                  )}
                </td>
                <td className="py-2 pr-3 tabular-nums">{delivery.attempts}</td>
                <td className="py-2 pr-3">
                  {delivery.response_status ?? '—'}
                  {delivery.error && (
                    <span className="block max-w-56 truncate text-xs text-red-700" title={delivery.error}>
                      {delivery.error}
                    </span>
                  )}
                </td>
                <td className="py-2 pr-3 tabular-nums">
                  {delivery.duration_ms === null ? '—' : `${delivery.duration_ms} ms`}
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">{date(delivery.created_at)}</td>
                <td className="py-2 text-right">
                  {(delivery.status === 'succeeded' || delivery.status === 'failed') && (
                    <Button
                      variant="ghost"
                      aria-label={l('redeliverLabel', {
                        event: delivery.event_type,
                        when: date(delivery.created_at),
                      })}
                      loading={redeliver.isPending && redeliver.variables?.deliveryId === delivery.id}
                      onClick={() => redeliver.mutate({ webhookId: webhook.id, deliveryId: delivery.id })}
                    >
                      {l('redeliver')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {redeliver.isError && <FormAlert>{errorMessage(redeliver.error, i18n)}</FormAlert>}
      {pages > 1 && (
        <nav
          className="flex items-center justify-between text-sm"
          aria-label={l('logLabel', { url: webhook.url })}
        >
          <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {l('previous')}
          </Button>
          <span>{l('pageOf', { page, pages })}</span>
          <Button variant="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {l('next')}
          </Button>
        </nav>
      )}
    </div>
  );
}
