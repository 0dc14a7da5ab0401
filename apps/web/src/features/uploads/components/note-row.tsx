import type { UploadNote } from '@ayni/contracts';
import { cx } from '../../../components/cx';
import { formatNumber } from '../../../lib/format';
import type { MessageKey } from '../../../lib/i18n/messages-es';
import { useI18n } from '../../../lib/i18n/use-i18n';

const CODE_LABELS: Readonly<Record<string, MessageKey>> = {
  MISSING_OPTIONAL: 'uploads.notes.code.MISSING_OPTIONAL',
  DUPLICATE_LINE: 'uploads.notes.code.DUPLICATE_LINE',
  PRICE_OUTLIER: 'uploads.notes.code.PRICE_OUTLIER',
  QUANTITY_OUT_OF_RANGE: 'uploads.notes.code.QUANTITY_OUT_OF_RANGE',
  ZERO_QUANTITY: 'uploads.notes.code.ZERO_QUANTITY',
  TOTALS_ROW: 'uploads.notes.code.TOTALS_ROW',
  REPEATED_HEADER: 'uploads.notes.code.REPEATED_HEADER',
  EMPTY_ROW: 'uploads.notes.code.EMPTY_ROW',
  MISSING_REQUIRED: 'uploads.notes.code.MISSING_REQUIRED',
  INVALID_DATE: 'uploads.notes.code.INVALID_DATE',
  INVALID_NUMBER: 'uploads.notes.code.INVALID_NUMBER',
  FUTURE_DATE: 'uploads.notes.code.FUTURE_DATE',
};

const BADGE: Record<UploadNote['severity'], string> = {
  rejected: 'bg-rose-50 text-rose-800 ring-rose-200',
  warning: 'bg-amber-50 text-amber-800 ring-amber-200',
  skipped: 'bg-slate-100 text-slate-700 ring-slate-200',
};

/**
 * One reason why lines were rejected, warned or skipped: its label, its exact number of lines
 * and its first `examples` lines (message, and the line as the file had it when kept).
 */
export function NoteRow({ note, examples = 1 }: { note: UploadNote; examples?: number }) {
  const { t, language } = useI18n();
  const label = CODE_LABELS[note.code];
  return (
    <li className="px-3 py-2.5 text-sm" data-testid={`note-${note.code}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-medium text-slate-900">
          <span
            className={cx('mr-2 rounded-full px-2 py-0.5 text-xs font-semibold ring-1', BADGE[note.severity])}
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
      {note.examples.slice(0, examples).map((example) => (
        <div key={`${example.line}-${example.column ?? ''}-${example.message_en}`} className="mt-1 text-xs">
          <p className="text-slate-600">{language === 'es' ? example.message_es : example.message_en}</p>
          {note.severity === 'rejected' && example.original_text !== null && (
            <p className="mt-0.5 truncate font-mono text-slate-500" title={example.original_text}>
              {example.original_text}
            </p>
          )}
        </div>
      ))}
      {note.listed < note.lines && (
        <p className="mt-1 text-xs text-slate-500">
          {t('uploads.notes.sampled', { listed: formatNumber(note.listed) })}
        </p>
      )}
    </li>
  );
}
