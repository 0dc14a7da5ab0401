import type { Webhook, WebhookWithSecret } from '@ayni/contracts';
import { useId, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useTestWebhook, useUpdateWebhook } from '../api/webhooks';
import { useWebhookLabels } from '../labels';
import { DeliveriesLog } from './deliveries-log';

/** One webhook: state, actions (enable/disable, test, new secret, delete) and its delivery log. */
export function WebhookItem({
  companyId,
  webhook,
  onSecret,
  onDelete,
}: {
  companyId: string;
  webhook: Webhook;
  onSecret: (webhook: WebhookWithSecret) => void;
  onDelete: (webhook: Webhook) => void;
}) {
  const i18n = useI18n();
  const { l, event } = useWebhookLabels();
  const update = useUpdateWebhook(companyId);
  const test = useTestWebhook(companyId);
  const [showLog, setShowLog] = useState(false);
  const logId = useId();
  const failed = update.error ?? test.error;

  return (
    <li className="space-y-3 py-4" aria-label={l('webhookFor', { url: webhook.url })}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <p className="break-all font-mono text-sm text-slate-900">{webhook.url}</p>
          <p className="text-xs text-slate-600">{webhook.events.map(event).join(' · ')}</p>
          <p className={`text-xs font-medium ${webhook.active ? 'text-teal-800' : 'text-red-800'}`}>
            {webhook.active
              ? l('active')
              : webhook.disabled_reason
                ? l('disabledBecause', { reason: webhook.disabled_reason })
                : l('disabled')}
            {webhook.active &&
              webhook.consecutive_failures > 0 &&
              ` · ${l('failures', { count: webhook.consecutive_failures })}`}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            loading={update.isPending && update.variables?.patch.active !== undefined}
            onClick={() => update.mutate({ id: webhook.id, patch: { active: !webhook.active } })}
          >
            {webhook.active ? l('disable') : l('enable')}
          </Button>
          <Button variant="secondary" loading={test.isPending} onClick={() => test.mutate(webhook.id)}>
            {l('sendTest')}
          </Button>
          <Button
            variant="ghost"
            loading={update.isPending && update.variables?.patch.rotate_secret === true}
            onClick={() =>
              update.mutate(
                { id: webhook.id, patch: { rotate_secret: true } },
                { onSuccess: (result) => 'secret' in result && onSecret(result) },
              )
            }
          >
            {l('rotate')}
          </Button>
          <Button variant="dangerGhost" onClick={() => onDelete(webhook)}>
            {l('remove')}
          </Button>
        </div>
      </div>
      <span role="status" className="text-sm text-teal-800">
        {test.isSuccess ? l('testSent') : ''}
      </span>
      {failed && <FormAlert>{errorMessage(failed, i18n)}</FormAlert>}
      <Button
        variant="ghost"
        aria-expanded={showLog}
        aria-controls={logId}
        onClick={() => setShowLog(!showLog)}
      >
        {showLog ? l('hideLog') : l('showLog')}
      </Button>
      <div id={logId} hidden={!showLog}>
        {showLog && <DeliveriesLog companyId={companyId} webhook={webhook} />}
      </div>
    </li>
  );
}
