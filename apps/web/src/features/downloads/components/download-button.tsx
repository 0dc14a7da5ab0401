import { useMutation } from '@tanstack/react-query';
import { Button } from '../../../components/button';
import type { Download } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { saveFile } from '../../../lib/save-file';

/**
 * Fetches a file with the Bearer token and hands it to the browser (`saveFile`); the outcome is
 * announced next to the button.
 */
export function DownloadButton({
  label,
  accessibleName,
  fallbackName,
  fetchFile,
}: {
  label: string;
  accessibleName: string;
  /** Used when the server does not name the file. */
  fallbackName: string;
  fetchFile: () => Promise<Download>;
}) {
  const i18n = useI18n();
  const mutation = useMutation({
    mutationFn: async () => {
      const { blob, filename } = await fetchFile();
      const name = filename ?? fallbackName;
      saveFile(blob, name);
      return name;
    },
  });
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        className="px-3 py-1.5"
        loading={mutation.isPending}
        aria-label={accessibleName}
        onClick={() => mutation.mutate()}
      >
        {label}
      </Button>
      <span role="status" className="text-xs">
        {mutation.isError && <span className="text-rose-700">{errorMessage(mutation.error, i18n)}</span>}
        {mutation.isSuccess && (
          <span className="text-emerald-700">{i18n.t('downloads.done', { filename: mutation.data })}</span>
        )}
      </span>
    </span>
  );
}
