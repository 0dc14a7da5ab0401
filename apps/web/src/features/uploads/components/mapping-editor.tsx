import { useId, useState } from 'react';
import { Card } from '../../../components/card';
import { cx } from '../../../components/cx';
import { FormAlert } from '../../../components/form/form-alert';
import { useI18n } from '../../../lib/i18n/use-i18n';
import {
  type CanonicalField,
  type ColumnEdit,
  type DetectedColumn,
  duplicateFields,
  FIELD_GROUP_ORDER,
  type FieldGroup,
  groupColumns,
  type MappingEdits,
  missingRequired,
} from '../lib/mapping';
import { ColumnRow } from './column-row';

export interface MappingEditorProps {
  columns: readonly DetectedColumn[];
  /** What the detection decided: it places each column in its group (stable while editing). */
  initial: MappingEdits;
  edits: MappingEdits;
  onChange: (edits: MappingEdits) => void;
}

/** The file's columns grouped Required / Optional / Inferable (collapsed), each one editable. */
export function MappingEditor({ columns, initial, edits, onChange }: MappingEditorProps) {
  const { t } = useI18n();
  const groups = groupColumns(columns, initial);
  const missing = missingRequired(edits);
  const duplicates = duplicateFields(edits);
  const names = (fields: CanonicalField[]) => fields.map((field) => t(`uploads.field.${field}`)).join(', ');
  const change = (name: string, edit: ColumnEdit) => onChange({ ...edits, [name]: edit });

  return (
    <Card className="p-5 sm:p-6" aria-labelledby="upload-mapping-title">
      <h2 id="upload-mapping-title" className="text-base font-semibold text-slate-900">
        {t('uploads.mapping.title')}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t('uploads.mapping.description')}</p>
      <div className="mt-4 space-y-2">
        {missing.length > 0 && (
          <FormAlert>{t('uploads.mapping.missing', { fields: names(missing) })}</FormAlert>
        )}
        {duplicates.length > 0 && (
          <FormAlert>{t('uploads.mapping.duplicate', { fields: names(duplicates) })}</FormAlert>
        )}
      </div>
      <div className="mt-4 space-y-5">
        {FIELD_GROUP_ORDER.map((group) => (
          <ColumnGroup key={group} group={group} columns={groups[group]} edits={edits} onChange={change} />
        ))}
      </div>
    </Card>
  );
}

function ColumnGroup({
  group,
  columns,
  edits,
  onChange,
}: {
  group: FieldGroup;
  columns: DetectedColumn[];
  edits: MappingEdits;
  onChange: (name: string, edit: ColumnEdit) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const collapsible = group === 'inferable';
  const [open, setOpen] = useState(!collapsible);
  const title = `${t(`uploads.mapping.group.${group}`)} (${columns.length})`;

  return (
    <section aria-labelledby={`${id}-title`} data-testid={`mapping-group-${group}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 pb-2">
        <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
          {collapsible ? (
            <button
              type="button"
              aria-expanded={open}
              aria-controls={`${id}-list`}
              onClick={() => setOpen((value) => !value)}
              className="inline-flex items-center gap-1.5 rounded focus-visible:outline-2 focus-visible:outline-teal-700"
            >
              <svg
                viewBox="0 0 20 20"
                className={cx('size-4 transition-transform', open && 'rotate-90')}
                fill="currentColor"
                aria-hidden="true"
              >
                <path d="M7 5l6 5-6 5V5Z" />
              </svg>
              {title}
            </button>
          ) : (
            title
          )}
        </h3>
        <p className="text-xs text-slate-500">{t(`uploads.mapping.group.${group}Hint`)}</p>
      </div>
      {open && (
        <ul id={`${id}-list`} className="divide-y divide-slate-100">
          {columns.length === 0 && (
            <li className="py-3 text-sm text-slate-500">{t('uploads.mapping.group.empty')}</li>
          )}
          {columns.map((column) => (
            <ColumnRow
              key={column.index}
              column={column}
              edit={edits[column.name] ?? { field: column.field }}
              onChange={(edit) => onChange(column.name, edit)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
