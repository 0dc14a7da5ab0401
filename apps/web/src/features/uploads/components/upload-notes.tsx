import type { Upload } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { FormAlert } from '../../../components/form/form-alert';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { getUploadNotes, uploadKeys } from '../api/uploads';
import { NoteRow } from './note-row';
import { RejectionsButton } from './rejections-button';

/**
 * Why a finished upload's lines were kept with a warning or skipped: one row per reason with its
 * exact number of lines and an example, and the CSV of those lines. Nothing when there are none.
 */
export function UploadNotes({ upload }: { upload: Upload }) {
  const i18n = useI18n();
  const { t } = i18n;
  const any = upload.rows.warnings + upload.rows.skipped > 0;
  const notes = useQuery({
    queryKey: uploadKeys.notes(upload.id),
    queryFn: ({ signal }) => getUploadNotes(upload.id, signal),
    enabled: any,
  });
  if (!any) return null;
  return (
    <section aria-labelledby={`upload-notes-${upload.id}`} className="space-y-3" data-testid="upload-notes">
      <div>
        <h3 id={`upload-notes-${upload.id}`} className="text-sm font-semibold text-slate-900">
          {t('uploads.notes.title')}
        </h3>
        <p className="text-sm text-slate-600">{t('uploads.notes.body')}</p>
      </div>
      {notes.isError ? (
        <FormAlert>{errorMessage(notes.error, i18n)}</FormAlert>
      ) : notes.data ? (
        <ul className="divide-y divide-slate-100 rounded-xl ring-1 ring-slate-200/80">
          {notes.data.map((note) => (
            <NoteRow key={`${note.severity}-${note.code}`} note={note} />
          ))}
        </ul>
      ) : (
        <p role="status" className="text-sm text-slate-500">
          {t('uploads.notes.loading')}
        </p>
      )}
      <RejectionsButton uploadId={upload.id} filename={upload.filename} kind="warnings" />
    </section>
  );
}
