import type { CreatedApiKey } from '@ayni/contracts';
import { SecretOnceNotice } from '../../../components/secret-once-notice';
import { useApiKeyLabels } from '../labels';

/** The one and only time a key is shown. */
export function NewKeyNotice({ created, onDismiss }: { created: CreatedApiKey; onDismiss: () => void }) {
  const { l } = useApiKeyLabels();
  return (
    <SecretOnceNotice
      secret={created.key}
      onDismiss={onDismiss}
      labels={{
        title: `${l('newKeyTitle')}: ${created.name}`,
        warning: l('newKeyWarning'),
        copy: l('copy'),
        copied: l('copied'),
        copyFailed: l('copyFailed'),
        dismiss: l('dismiss'),
      }}
    />
  );
}
