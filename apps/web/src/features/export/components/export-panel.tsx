import { useMutation } from '@tanstack/react-query';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { Section } from '../../../components/section';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { saveFile } from '../../../lib/save-file';
import { downloadExport } from '../api/download-export';

/** Settings › Exportar: downloads the company's data as a ZIP (owners and admins). */
export function ExportPanel({ companyId }: { companyId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const mutation = useMutation({
    mutationFn: async () => {
      const { blob, filename } = await downloadExport(companyId);
      const name = filename ?? `ayni-export-${companyId}.zip`;
      saveFile(blob, name);
      return name;
    },
  });

  return (
    <Section title={t('export.title')} description={t('export.body')}>
      <div className="space-y-4">
        {mutation.isError && <FormAlert>{errorMessage(mutation.error, i18n)}</FormAlert>}
        {mutation.isSuccess && (
          <FormAlert tone="success">{t('export.done', { filename: mutation.data })}</FormAlert>
        )}
        <Button loading={mutation.isPending} onClick={() => mutation.mutate()}>
          {t('export.download')}
        </Button>
      </div>
    </Section>
  );
}
