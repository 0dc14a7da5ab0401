import type { Upload, UploadNote } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { cx } from '../../../components/cx';
import { FormAlert } from '../../../components/form/form-alert';
import { formatNumber } from '../../../lib/format';
import { errorMessage } from '../../../lib/i18n/error-message';
import type { MessageKey } from '../../../lib/i18n/messages-es';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { getUploadNotes, uploadKeys } from '../api/uploads';
import { RejectionsButton } from './rejections-button';

const CODE_LABELS: Readonly<Record<string, MessageKey>> = {
  MISSING_OPTIONAL: 'uploads.notes.code.MISSING_OPTIONAL',
  DUPLICATE_LINE: 'uploads.notes.code.DUPLICATE_LINE',
  PRICE_OUTLIER: 'uploads.notes.code.PRICE_OUTLIER',
  QUANTITY_OUT_OF_RANGE: 'uploads.notes.code.QUANTITY_OUT_OF_RANGE',
  ZERO_QUANTITY: 'uploads.notes.code.ZERO_QUANTITY',
  TOTALS_ROW: 'uploads.notes.code.TOTALS_ROW',
  REPEATED_HEADER: 'uploads.notes.code.REPEATED_HEADER',
  EMPTY_ROW: 'uploads.notes.code.EMPTY_ROW',
};

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

function NoteRow({ note }: { note: UploadNote }) {
  const { t, language } = useI18n();
  const label = CODE_LABELS[note.code];
  const example = note.examples[0];
  return (
    <li className="px-3 py-2.5 text-sm" data-testid={`note-${note.code}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-medium text-slate-900">
          <span
            className={cx(
              'mr-2 rounded-full px-2 py-0.5 text-xs font-semibold ring-1',
              note.severity === 'warning'
                ? 'bg-amber-50 text-amber-800 ring-amber-200'
                : 'bg-slate-100 text-slate-700 ring-slate-200',
            )}
          >
            {t(`uploads.notes.kind.${note.severity}`)}
          </span>
          {label ? t(label) : note.code}
        </p>
        <p className="tabular-nums text-slate-700" data-testid={`note-${note.code}-lines`}>
          {note.lines === 1
            ? t('uploads.notes.line')
            : t('uploads.notes.lines', { count: formatNumber(note.lines) })}
        </p>
      </div>
      {example && (
        <p className="mt-1 text-xs text-slate-600">
          {language === 'es' ? example.message_es : example.message_en}
        </p>
      )}
      {note.listed < note.lines && (
        <p className="mt-1 text-xs text-slate-500">
          {t('uploads.notes.sampled', { listed: formatNumber(note.listed) })}
        </p>
      )}
    </li>
  );
}
