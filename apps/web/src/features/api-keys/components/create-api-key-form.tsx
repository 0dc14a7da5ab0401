import { API_KEY_SCOPES, type ApiKeyScope, type CreatedApiKey } from '@ayni/contracts';
import { useId, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { TextField } from '../../../components/form/text-field';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useCreateApiKey } from '../api/api-keys';
import { useApiKeyLabels } from '../labels';

/** Name + scopes; on success hands the one-time key to the parent. */
export function CreateApiKeyForm({
  companyId,
  onCreated,
}: {
  companyId: string;
  onCreated: (key: CreatedApiKey) => void;
}) {
  const i18n = useI18n();
  const { l, scope } = useApiKeyLabels();
  const create = useCreateApiKey(companyId);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['uploads:write']);
  const [problem, setProblem] = useState<string | null>(null);
  const legendId = useId();

  const toggle = (value: ApiKeyScope, on: boolean) =>
    setScopes((current) => (on ? [...current, value] : current.filter((s) => s !== value)));

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return setProblem(l('nameRequired'));
        if (scopes.length === 0) return setProblem(l('scopesRequired'));
        setProblem(null);
        create.mutate(
          { name: name.trim(), scopes },
          {
            onSuccess: (key) => {
              setName('');
              onCreated(key);
            },
          },
        );
      }}
    >
      <TextField
        label={l('name')}
        hint={l('nameHint')}
        value={name}
        maxLength={100}
        onChange={(event) => setName(event.target.value)}
      />
      <fieldset aria-labelledby={legendId} className="space-y-2">
        <legend id={legendId} className="text-sm font-medium text-slate-800">
          {l('scopes')}
        </legend>
        {API_KEY_SCOPES.map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              className="size-4 rounded border-slate-300 text-teal-700 focus-visible:outline-teal-700"
              checked={scopes.includes(value)}
              onChange={(event) => toggle(value, event.target.checked)}
            />
            {scope(value)}
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
