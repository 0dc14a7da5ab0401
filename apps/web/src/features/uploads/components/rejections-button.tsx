import { useMutation } from '@tanstack/react-query';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { saveFile } from '../../../lib/save-file';
import { downloadIssues, type IssuesCsv } from '../api/uploads';

const LABEL = {
  rejections: 'uploads.summary.downloadRejected',
  warnings: 'uploads.notes.download',
} as const;

/**
 * Downloads the upload's rejected lines (or its warned and skipped ones) as CSV: authenticated
 * fetch, then saved as a file.
 */
export function RejectionsButton({
  uploadId,
  filename,
  kind = 'rejections',
}: {
  uploadId: string;
  filename: string;
  kind?: IssuesCsv;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const mutation = useMutation({
    mutationFn: async () => {
      const { blob, filename: served } = await downloadIssues(uploadId, kind);
      const name =
        served ??
        `${filename.replace(/\.[^.]+$/, '')}-${kind === 'rejections' ? 'rechazos' : 'advertencias'}.csv`;
      saveFile(blob, name);
      return name;
    },
  });
  return (
    <div className="space-y-2">
      <Button variant="secondary" loading={mutation.isPending} onClick={() => mutation.mutate()}>
        {t(LABEL[kind])}
      </Button>
      {mutation.isError && <FormAlert>{errorMessage(mutation.error, i18n)}</FormAlert>}
      {mutation.isSuccess && (
        <FormAlert tone="success">{t('uploads.summary.downloaded', { filename: mutation.data })}</FormAlert>
      )}
    </div>
  );
}
