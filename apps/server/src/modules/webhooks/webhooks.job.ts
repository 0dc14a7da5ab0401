import type { DbHandle } from '@ayni/db';
import type { Logger } from 'pino';
import type { JobHandler, JobQueue } from '../../jobs/job-queue';
import type { Mailer } from '../../lib/mailer/mailer';
import { OutboxMailer } from '../../lib/mailer/outbox-mailer';
import { deliverWebhookJob } from './webhook-delivery';
import { DEFAULT_DELIVERY_CONFIG, type DeliveryConfig } from './webhook-delivery-config';

/** The `webhooks.deliver` handler; without a mailer, owner e-mails go to the outbox table. */
export function webhookDeliverHandler(deps: {
  db: DbHandle;
  log: Logger;
  queue: Pick<JobQueue, 'enqueue'>;
  mailer?: Mailer;
  webhooks?: Partial<DeliveryConfig>;
  clock?: () => number;
}): JobHandler<'webhooks.deliver'> {
  const delivery = {
    db: deps.db,
    log: deps.log,
    queue: deps.queue,
    mailer: deps.mailer ?? new OutboxMailer(deps.db.db, deps.log),
    config: { ...DEFAULT_DELIVERY_CONFIG, ...deps.webhooks },
    now: deps.clock ?? Date.now,
  };
  return async ({ companyId, deliveryId }) => {
    await deliverWebhookJob(delivery, companyId, deliveryId);
  };
}
