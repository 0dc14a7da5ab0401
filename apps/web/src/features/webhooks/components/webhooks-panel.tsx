import type { Webhook } from '@ayni/contracts';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorState } from '../../../components/error-state';
import { PageLoader } from '../../../components/page-loader';
import { Section } from '../../../components/section';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useDeleteWebhook, useWebhooks } from '../api/webhooks';
import { useWebhookLabels } from '../labels';
import { CreateWebhookForm } from './create-webhook-form';
import { NewSecretNotice } from './new-secret-notice';
import { WebhookItem } from './webhook-item';

/** Settings › Webhooks (owners and admins): add endpoints, see the secret once, manage and watch deliveries. */
export function WebhooksPanel({ companyId }: { companyId: string }) {
  const i18n = useI18n();
  const { l } = useWebhookLabels();
  const hooks = useWebhooks(companyId);
  const remove = useDeleteWebhook(companyId);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [removing, setRemoving] = useState<Webhook | null>(null);

  return (
    <div className="space-y-6">
      <Section title={l('title')} description={<p>{l('body')}</p>}>
        <div className="space-y-5">
          {secret && (
            <NewSecretNotice url={secret.url} secret={secret.secret} onDismiss={() => setSecret(null)} />
          )}
          <CreateWebhookForm companyId={companyId} onCreated={setSecret} />
        </div>
      </Section>
      <Section title={l('listLabel')}>
        {hooks.isPending ? (
          <PageLoader label={l('loading')} />
        ) : hooks.isError ? (
          <ErrorState message={errorMessage(hooks.error, i18n)} onRetry={() => void hooks.refetch()} />
        ) : hooks.data.length === 0 ? (
          <p className="text-sm text-slate-600">{l('empty')}</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label={l('listLabel')}>
            {hooks.data.map((webhook) => (
              <WebhookItem
                key={webhook.id}
                companyId={companyId}
                webhook={webhook}
                onSecret={setSecret}
                onDelete={(hook) => {
                  remove.reset();
                  setRemoving(hook);
                }}
              />
            ))}
          </ul>
        )}
      </Section>
      {removing && (
        <ConfirmDialog
          title={l('removeTitle')}
          description={l('removeBody', { url: removing.url })}
          confirmLabel={l('remove')}
          cancelLabel={l('cancel')}
          pending={remove.isPending}
          error={remove.isError ? errorMessage(remove.error, i18n) : null}
          onCancel={() => setRemoving(null)}
          onConfirm={() => remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
        />
      )}
    </div>
  );
}
