import type { Upload } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { getUploadRejections, uploadKeys } from '../api/uploads';
import { ReasonsSection } from './reasons-section';
import { RejectionsButton } from './rejections-button';

/** Lines shown per reason: enough to see what to fix; all of them are in the CSV. */
const EXAMPLES = 3;

/**
 * Why a finished upload's lines were not imported: one row per reason with its exact number of
 * lines and its first lines (message and original text), and the CSV of every rejected line.
 * Nothing when every line was accepted.
 */
export function RejectedLines({ upload }: { upload: Upload }) {
  const { t } = useI18n();
  const any = upload.rows.rejected > 0;
  const rejections = useQuery({
    queryKey: uploadKeys.rejections(upload.id),
    queryFn: ({ signal }) => getUploadRejections(upload.id, signal),
    enabled: any,
  });
  if (!any) return null;
  return (
    <ReasonsSection
      id={`upload-rejections-${upload.id}`}
      testId="upload-rejections"
      title={t('uploads.rejected.title')}
      body={t('uploads.rejected.body')}
      loading={t('uploads.rejected.loading')}
      notes={rejections}
      examples={EXAMPLES}
      ring="ring-rose-200/80"
      download={<RejectionsButton uploadId={upload.id} filename={upload.filename} />}
    />
  );
}
