import type { Upload } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { getUploadNotes, uploadKeys } from '../api/uploads';
import { ReasonsSection } from './reasons-section';
import { RejectionsButton } from './rejections-button';

/**
 * Why a finished upload's lines were kept with a warning or skipped: one row per reason with its
 * exact number of lines and an example, and the CSV of those lines. Nothing when there are none.
 */
export function UploadNotes({ upload }: { upload: Upload }) {
  const { t } = useI18n();
  const any = upload.rows.warnings + upload.rows.skipped > 0;
  const notes = useQuery({
    queryKey: uploadKeys.notes(upload.id),
    queryFn: ({ signal }) => getUploadNotes(upload.id, signal),
    enabled: any,
  });
  if (!any) return null;
  return (
    <ReasonsSection
      id={`upload-notes-${upload.id}`}
      testId="upload-notes"
      title={t('uploads.notes.title')}
      body={t('uploads.notes.body')}
      loading={t('uploads.notes.loading')}
      notes={notes}
      examples={1}
      ring="ring-slate-200/80"
      download={<RejectionsButton uploadId={upload.id} filename={upload.filename} kind="warnings" />}
    />
  );
}
