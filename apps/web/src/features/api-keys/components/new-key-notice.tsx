import type { CreatedApiKey } from '@ayni/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { useApiKeyLabels } from '../labels';

/** The one and only time a key is shown: copy button, warning, and focus moved here. */
export function NewKeyNotice({ created, onDismiss }: { created: CreatedApiKey; onDismiss: () => void }) {
  const { l } = useApiKeyLabels();
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => heading.current?.focus(), []);

  return (
    <section aria-labelledby={titleId} className="space-y-3 rounded-xl bg-amber-50 p-4 ring-1 ring-amber-200">
      <h3 id={titleId} ref={heading} tabIndex={-1} className="text-sm font-semibold text-amber-900">
        {l('newKeyTitle')}: {created.name}
      </h3>
      <p className="text-sm text-amber-900">{l('newKeyWarning')}</p>
      <code className="block break-all rounded-lg bg-white px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-amber-200 select-all">
        {created.key}
      </code>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          onClick={() =>
            navigator.clipboard
              .writeText(created.key)
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
