import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { useWebhookLabels } from '../labels';

/** The one and only time a signing secret is shown: copy button, warning, focus moved here. */
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
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => heading.current?.focus(), []);

  return (
    <section aria-labelledby={titleId} className="space-y-3 rounded-xl bg-amber-50 p-4 ring-1 ring-amber-200">
      <h3 id={titleId} ref={heading} tabIndex={-1} className="break-all text-sm font-semibold text-amber-900">
        {l('secretTitle')}: {url}
      </h3>
      <p className="text-sm text-amber-900">{l('secretWarning')}</p>
      <code className="block break-all rounded-lg bg-white px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-amber-200 select-all">
        {secret}
      </code>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          onClick={() =>
            navigator.clipboard
              .writeText(secret)
              .then(() => setCopy('done'))
              .catch(() => setCopy('failed'))
          }
        >
          {l('copy')}
        </Button>
        <Button variant="ghost" onClick={onDismiss}>
          {l('dismiss')}
        </Button>
        <span role="status" className="text-sm text-amber-900">
          {copy === 'done' ? l('copied') : ''}
        </span>
      </div>
      {copy === 'failed' && <FormAlert>{l('copyFailed')}</FormAlert>}
    </section>
  );
}
