import { WEBHOOK_EVENT_TYPES, type WebhookEventType, type WebhookWithSecret } from '@ayni/contracts';
import { useId, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { TextField } from '../../../components/form/text-field';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useCreateWebhook } from '../api/webhooks';
import { useWebhookLabels } from '../labels';

/** URL + events; on success hands the one-time secret to the parent. */
export function CreateWebhookForm({
  companyId,
  onCreated,
}: {
  companyId: string;
  onCreated: (webhook: WebhookWithSecret) => void;
}) {
  const i18n = useI18n();
  const { l, event } = useWebhookLabels();
  const create = useCreateWebhook(companyId);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(['upload.completed']);
  const [problem, setProblem] = useState<string | null>(null);
  const legendId = useId();

  const toggle = (value: WebhookEventType, on: boolean) =>
    setEvents((current) => (on ? [...current, value] : current.filter((e) => e !== value)));

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(submit) => {
        submit.preventDefault();
        if (!url.trim()) return setProblem(l('urlRequired'));
        if (events.length === 0) return setProblem(l('eventsRequired'));
        setProblem(null);
        create.mutate(
          { url: url.trim(), events },
          {
            onSuccess: (webhook) => {
              setUrl('');
              onCreated(webhook);
            },
          },
        );
      }}
    >
      <TextField
        label={l('url')}
        hint={l('urlHint')}
        type="url"
        inputMode="url"
        placeholder="https://"
        value={url}
        maxLength={2000}
        onChange={(change) => setUrl(change.target.value)}
      />
      <fieldset aria-labelledby={legendId} className="space-y-2">
        <legend id={legendId} className="text-sm font-medium text-slate-800">
          {l('events')}
        </legend>
        {WEBHOOK_EVENT_TYPES.map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              className="size-4 rounded border-slate-300 text-teal-700 focus-visible:outline-teal-700"
              checked={events.includes(value)}
              onChange={(change) => toggle(value, change.target.checked)}
            />
            {event(value)}
          </label>
        ))}
      </fieldset>
      {problem && <FormAlert>{problem}</FormAlert>}
      {create.isError && <FormAlert>{errorMessage(create.error, i18n)}</FormAlert>}
      <Button type="submit" loading={create.isPending}>
        {l('create')}
      </Button>
    </form>
  );
}
