import type { MappingTemplate } from '@ayni/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/form/text-field';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { renameMappingTemplate, uploadKeys } from '../../uploads/api/uploads';

export interface TemplateRenameFormProps {
  companyId: string;
  template: MappingTemplate;
  onDone: (renamed: MappingTemplate | null) => void;
}

/** Inline rename of one template; the server's error (e.g. a taken name) shows under the field. */
export function TemplateRenameForm({ companyId, template, onDone }: TemplateRenameFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const [name, setName] = useState(template.name);
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: (next: string) => renameMappingTemplate(companyId, template.id, next),
    onSuccess: (renamed) => {
      void queryClient.invalidateQueries({ queryKey: uploadKeys.templates(companyId) });
      onDone(renamed);
    },
  });

  return (
    <form
      noValidate
      className="flex flex-wrap items-start gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const next = name.trim();
        setMissing(next === '');
        if (next === '') return;
        if (next === template.name) onDone(null);
        else mutation.mutate(next);
      }}
    >
      <TextField
        fieldClassName="min-w-0 flex-1"
        label={t('templates.nameLabel')}
        name="template_name"
        autoComplete="off"
        maxLength={120}
        value={name}
        error={
          missing ? t('templates.nameRequired') : mutation.isError ? errorMessage(mutation.error, i18n) : null
        }
        onChange={(event) => {
          setName(event.target.value);
          setMissing(false);
        }}
      />
      <div className="flex gap-2 sm:pt-7">
        <Button type="submit" loading={mutation.isPending}>
          {t('templates.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)}>
          {t('templates.cancel')}
        </Button>
      </div>
    </form>
  );
}
