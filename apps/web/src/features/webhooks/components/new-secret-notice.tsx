import { SecretOnceNotice } from '../../../components/secret-once-notice';
import { useWebhookLabels } from '../labels';

/** The one and only time a webhook's signing secret is shown. */
export function NewSecretNotice({
  url,
  secret,
  onDismiss,
}: {
  url: string;
  secret: string;
  onDismiss: () => void;
}) {
  const { l } = useWebhookLabels();
  return (
    <SecretOnceNotice
      secret={secret}
      onDismiss={onDismiss}
      labels={{
        title: `${l('secretTitle')}: ${url}`,
        warning: l('secretWarning'),
        copy: l('copy'),
        copied: l('copied'),
        copyFailed: l('copyFailed'),
        dismiss: l('dismiss'),
      }}
    />
  );
}
