import { useEffect, useId, useRef, useState } from 'react';
import { Button } from './button';
import { FormAlert } from './form/form-alert';

export interface SecretOnceLabels {
  title: string;
  warning: string;
  copy: string;
  copied: string;
  copyFailed: string;
  dismiss: string;
}

/** The one and only time a secret (API key, signing secret) is shown: copy button, warning, focus here. */
export function SecretOnceNotice({
  secret,
  labels,
  onDismiss,
}: {
  secret: string;
  labels: SecretOnceLabels;
  onDismiss: () => void;
}) {
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => heading.current?.focus(), []);

  return (
    <section aria-labelledby={titleId} className="space-y-3 rounded-xl bg-amber-50 p-4 ring-1 ring-amber-200">
      <h3 id={titleId} ref={heading} tabIndex={-1} className="break-all text-sm font-semibold text-amber-900">
        {labels.title}
      </h3>
      <p className="text-sm text-amber-900">{labels.warning}</p>
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
          {labels.copy}
        </Button>
        <Button variant="ghost" onClick={onDismiss}>
          {labels.dismiss}
        </Button>
        <span role="status" className="text-sm text-amber-900">
          {copy === 'done' ? labels.copied : ''}
        </span>
      </div>
      {copy === 'failed' && <FormAlert>{labels.copyFailed}</FormAlert>}
    </section>
  );
}
