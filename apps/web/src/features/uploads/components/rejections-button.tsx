import { useMutation } from '@tanstack/react-query';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { saveFile } from '../../../lib/save-file';
import { downloadRejections } from '../api/uploads';

/** Downloads the upload's rejected lines as CSV (authenticated fetch, then saved as a file). */
export function RejectionsButton({ uploadId, filename }: { uploadId: string; filename: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const mutation = useMutation({
    mutationFn: async () => {
      const { blob, filename: served } = await downloadRejections(uploadId);
      const name = served ?? `${filename.replace(/\.[^.]+$/, '')}-rechazadas.csv`;
      saveFile(blob, name);
      return name;
    },
  });
  return (
    <div className="space-y-2">
      <Button variant="secondary" loading={mutation.isPending} onClick={() => mutation.mutate()}>
        {t('uploads.summary.downloadRejected')}
      </Button>
      {mutation.isError && <FormAlert>{errorMessage(mutation.error, i18n)}</FormAlert>}
      {mutation.isSuccess && (
        <FormAlert tone="success">{t('uploads.summary.downloaded', { filename: mutation.data })}</FormAlert>
      )}
    </div>
  );
}
