import type { Upload } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { FormAlert } from '../../../components/form/form-alert';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { getUploadRejections, uploadKeys } from '../api/uploads';
import { NoteRow } from './note-row';
import { RejectionsButton } from './rejections-button';

/** Lines shown per reason: enough to see what to fix; all of them are in the CSV. */
const EXAMPLES = 3;

/**
 * Why a finished upload's lines were not imported: one row per reason with its exact number of
 * lines and its first lines (message and original text), and the CSV of every rejected line.
 * Nothing when every line was accepted.
 */
export function RejectedLines({ upload }: { upload: Upload }) {
  const i18n = useI18n();
  const { t } = i18n;
  const any = upload.rows.rejected > 0;
  const rejections = useQuery({
    queryKey: uploadKeys.rejections(upload.id),
    queryFn: ({ signal }) => getUploadRejections(upload.id, signal),
    enabled: any,
  });
  if (!any) return null;
  const titleId = `upload-rejections-${upload.id}`;
  return (
    <section aria-labelledby={titleId} className="space-y-3" data-testid="upload-rejections">
      <div>
        <h3 id={titleId} className="text-sm font-semibold text-slate-900">
          {t('uploads.rejected.title')}
        </h3>
        <p className="text-sm text-slate-600">{t('uploads.rejected.body')}</p>
      </div>
      {rejections.isError ? (
        <FormAlert>{errorMessage(rejections.error, i18n)}</FormAlert>
      ) : rejections.data ? (
        <ul className="divide-y divide-slate-100 rounded-xl ring-1 ring-rose-200/80">
          {rejections.data.map((note) => (
            <NoteRow key={note.code} note={note} examples={EXAMPLES} />
          ))}
        </ul>
      ) : (
        <p role="status" className="text-sm text-slate-500">
          {t('uploads.rejected.loading')}
        </p>
      )}
      <RejectionsButton uploadId={upload.id} filename={upload.filename} />
    </section>
  );
}
