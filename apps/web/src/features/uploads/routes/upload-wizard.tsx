import type { MappingSpecInput, UploadPreview } from '@ayni/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { FormAlert } from '../../../components/form/form-alert';
import { PageLoader } from '../../../components/page-loader';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { createMappingTemplate, createUpload, previewUpload, uploadKeys } from '../api/uploads';
import { DetectionSummary } from '../components/detection-summary';
import { FileDrop } from '../components/file-drop';
import { MappingEditor } from '../components/mapping-editor';
import { SampleRows } from '../components/sample-rows';
import { StepIndicator } from '../components/step-indicator';
import { UploadOptions, type UploadOptionsValue } from '../components/upload-options';
import {
  duplicateFields,
  initialEdits,
  isEdited,
  type MappingEdits,
  missingRequired,
  toMappingSpec,
} from '../lib/mapping';

export interface UploadWizardProps {
  companyId: string;
  locations: readonly string[];
  timeZone?: string;
  onSubmitted: (uploadId: string) => void;
}

interface Previewed {
  file: File;
  preview: UploadPreview;
  /** The mapping this preview was made with (null = detected on its own). */
  mapping: MappingSpecInput | null;
  initial: MappingEdits;
}

const DEFAULT_OPTIONS: UploadOptionsValue = {
  mode: 'append',
  location: '',
  saveTemplate: false,
  templateName: '',
};

/** Pick a file → see what was detected, fix the mapping, choose the mode → send it. */
export function UploadWizard({ companyId, locations, timeZone, onSubmitted }: UploadWizardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState<Previewed | null>(null);
  const [edits, setEdits] = useState<MappingEdits>({});
  const [options, setOptions] = useState<UploadOptionsValue>(DEFAULT_OPTIONS);
  const [nameError, setNameError] = useState<string | null>(null);

  const preview = useMutation({
    mutationFn: async ({ file, mapping }: { file: File; mapping: MappingSpecInput | null }) => ({
      file,
      mapping,
      preview: await previewUpload(companyId, file, { mapping }),
    }),
    onSuccess: ({ file, mapping, preview: result }) => {
      const initial = initialEdits(result.detected.columns);
      setCurrent({ file, preview: result, mapping, initial });
      setEdits(initial);
    },
  });

  const submit = useMutation({
    mutationFn: async (previewed: Previewed) => {
      const { columns, template } = previewed.preview.detected;
      const edited = isEdited(previewed.initial, edits);
      let mapping = edited ? toMappingSpec(columns, edits) : previewed.mapping;
      let templateId: string | null = mapping ? null : (template?.id ?? null);
      if (options.saveTemplate) {
        const saved = await createMappingTemplate(companyId, {
          name: options.templateName.trim(),
          headers: columns.map((column) => column.name),
          mapping: mapping ?? toMappingSpec(columns, edits),
        });
        templateId = saved.id;
        mapping = null;
      }
      return createUpload(companyId, previewed.file, {
        mapping,
        templateId,
        mode: options.mode,
        location: options.location || null,
      });
    },
    onSuccess: (accepted) => {
      void queryClient.invalidateQueries({ queryKey: uploadKeys.all(companyId) });
      onSubmitted(accepted.id);
    },
  });

  const choose = (file: File) => {
    setCurrent(null);
    setOptions(DEFAULT_OPTIONS);
    submit.reset();
    preview.mutate({ file, mapping: null });
  };

  if (preview.isPending) {
    return (
      <div className="space-y-6">
        <StepIndicator current="file" />
        <PageLoader label={t('uploads.analyzing', { name: preview.variables?.file.name ?? '' })} />
      </div>
    );
  }

  if (!current) {
    return (
      <div className="space-y-6">
        <StepIndicator current="file" />
        <FileDrop onFile={choose} />
        {preview.isError && <FormAlert>{errorMessage(preview.error, i18n)}</FormAlert>}
      </div>
    );
  }

  const { detected, rows } = current.preview;
  const edited = isEdited(current.initial, edits);
  const blocked = missingRequired(edits).length > 0 || duplicateFields(edits).length > 0;
  const send = () => {
    if (options.saveTemplate && !options.templateName.trim()) {
      setNameError(t('uploads.options.templateNameRequired'));
      return;
    }
    setNameError(null);
    submit.mutate(current);
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <StepIndicator current="review" />
        <label className="inline-flex cursor-pointer items-center rounded-lg px-3 py-1.5 text-sm font-semibold text-teal-700 ring-1 ring-inset ring-slate-300 focus-within:outline-2 focus-within:outline-teal-700 hover:bg-slate-50">
          {t('uploads.drop.change')}
          <input
            type="file"
            className="sr-only"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) choose(file);
            }}
          />
        </label>
      </div>
      <DetectionSummary detected={detected} file={current.file} />
      {detected.warnings.length > 0 && (
        <FormAlert tone="info">
          <p className="font-semibold">{t('uploads.warnings.title')}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5" data-testid="upload-warnings">
            {detected.warnings.map((warning, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: warnings can repeat a code; their order is fixed.
              <li key={`${warning.code}-${index}`}>
                {i18n.language === 'es' ? warning.message_es : warning.message_en}
              </li>
            ))}
          </ul>
        </FormAlert>
      )}
      <MappingEditor columns={detected.columns} initial={current.initial} edits={edits} onChange={setEdits} />
      {preview.isError && <FormAlert>{errorMessage(preview.error, i18n)}</FormAlert>}
      {edited && (
        <Card className="flex flex-wrap items-center justify-between gap-3 p-4">
          <p className="text-sm text-slate-700">{t('uploads.mapping.edited')}</p>
          <Button
            variant="secondary"
            disabled={blocked}
            onClick={() =>
              preview.mutate({ file: current.file, mapping: toMappingSpec(detected.columns, edits) })
            }
          >
            {t('uploads.mapping.apply')}
          </Button>
        </Card>
      )}
      <SampleRows rows={rows} columns={detected.columns} timeZone={timeZone} />
      <UploadOptions
        value={options}
        onChange={setOptions}
        locations={locations}
        templateNameError={nameError}
      />
      <div className="flex flex-col items-stretch gap-3 sm:flex-row sm:items-center sm:justify-end">
        {submit.isError && <FormAlert className="sm:mr-auto">{errorMessage(submit.error, i18n)}</FormAlert>}
        {blocked && <p className="text-sm text-slate-600 sm:mr-auto">{t('uploads.cannotSubmit')}</p>}
        <Button onClick={send} loading={submit.isPending} disabled={blocked}>
          {submit.isPending ? t('uploads.submitting') : t('uploads.submit')}
        </Button>
      </div>
    </div>
  );
}
