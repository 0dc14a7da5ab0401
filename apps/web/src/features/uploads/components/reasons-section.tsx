import type { UploadNote } from '@ayni/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { cx } from '../../../components/cx';
import { FormAlert } from '../../../components/form/form-alert';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { NoteRow } from './note-row';

/**
 * An upload's lines of one kind (rejected; warned and skipped) by reason: a titled section with
 * one row per reason, its `examples` first lines, and the CSV download below.
 */
export function ReasonsSection({
  id,
  testId,
  title,
  body,
  loading,
  notes,
  examples,
  ring,
  download,
}: {
  id: string;
  testId: string;
  title: string;
  body: string;
  loading: string;
  notes: UseQueryResult<UploadNote[]>;
  examples: number;
  ring: string;
  download: ReactNode;
}) {
  const i18n = useI18n();
  return (
    <section aria-labelledby={id} className="space-y-3" data-testid={testId}>
      <div>
        <h3 id={id} className="text-sm font-semibold text-slate-900">
          {title}
        </h3>
        <p className="text-sm text-slate-600">{body}</p>
      </div>
      {notes.isError ? (
        <FormAlert>{errorMessage(notes.error, i18n)}</FormAlert>
      ) : notes.data ? (
        <ul className={cx('divide-y divide-slate-100 rounded-xl ring-1', ring)}>
          {notes.data.map((note) => (
            <NoteRow key={`${note.severity}-${note.code}`} note={note} examples={examples} />
          ))}
        </ul>
      ) : (
        <p role="status" className="text-sm text-slate-500">
          {loading}
        </p>
      )}
      {download}
    </section>
  );
}
