import type { ApiKey, CreatedApiKey } from '@ayni/contracts';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorState } from '../../../components/error-state';
import { PageLoader } from '../../../components/page-loader';
import { Section } from '../../../components/section';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useApiKeys, useRevokeApiKey } from '../api/api-keys';
import { useApiKeyLabels } from '../labels';
import { ApiKeysTable } from './api-keys-table';
import { CreateApiKeyForm } from './create-api-key-form';
import { NewKeyNotice } from './new-key-notice';

/** Settings › API (owners and admins): create keys for other systems, list and revoke them. */
export function ApiKeysPanel({ companyId }: { companyId: string }) {
  const i18n = useI18n();
  const { l } = useApiKeyLabels();
  const keys = useApiKeys(companyId);
  const revoke = useRevokeApiKey(companyId);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  return (
    <div className="space-y-6">
      <Section title={l('title')} description={<p>{l('body')}</p>}>
        <div className="space-y-5">
          {created && <NewKeyNotice created={created} onDismiss={() => setCreated(null)} />}
          <CreateApiKeyForm companyId={companyId} onCreated={setCreated} />
        </div>
      </Section>
      <Section title={l('listLabel')}>
        {keys.isPending ? (
          <PageLoader label={l('loading')} />
        ) : keys.isError ? (
          <ErrorState message={errorMessage(keys.error, i18n)} onRetry={() => void keys.refetch()} />
        ) : keys.data.length === 0 ? (
          <p className="text-sm text-slate-600">{l('empty')}</p>
        ) : (
          <ApiKeysTable
            keys={keys.data}
            onRevoke={(key) => {
              revoke.reset();
              setRevoking(key);
            }}
          />
        )}
      </Section>
      {revoking && (
        <ConfirmDialog
          title={l('revokeTitle')}
          description={l('revokeBody', { name: revoking.name })}
          confirmLabel={l('revoke')}
          cancelLabel={l('cancel')}
          pending={revoke.isPending}
          error={revoke.isError ? errorMessage(revoke.error, i18n) : null}
          onCancel={() => setRevoking(null)}
          onConfirm={() => revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
        />
      )}
    </div>
  );
}
