import { cx } from '../../../components/cx';
import { Field } from '../../../components/form/field';
import { INPUT_CLASS } from '../../../components/form/field-styles';
import { formatNumber } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { describeColumnFormat } from '../lib/describe';
import {
  type CanonicalField,
  type ColumnEdit,
  DATE_ORDERS,
  type DateOrder,
  DECIMAL_MARKS,
  type DecimalMark,
  type DetectedColumn,
  fieldOptionGroups,
  isDateField,
  isNumericField,
  THOUSANDS_MARKS,
  type ThousandsMark,
} from '../lib/mapping';

/** Below this the detection's guess deserves a second look (the engine's threshold). */
const LOW_CONFIDENCE = 0.75;

const MARK_KEY = { '.': 'dot', ',': 'comma', "'": 'apostrophe', '': 'none' } as const;

export interface ColumnRowProps {
  column: DetectedColumn;
  edit: ColumnEdit;
  onChange: (edit: ColumnEdit) => void;
}

const SMALL_SELECT = cx(INPUT_CLASS, 'py-2 pr-8');

/** One column: its name, detected format and confidence, and the field / format selects. */
export function ColumnRow({ column, edit, onChange }: ColumnRowProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const low = column.field !== null && column.confidence < LOW_CONFIDENCE;
  const confidence = `${formatNumber(Math.round(column.confidence * 100))} %`;

  return (
    <li
      className="grid gap-3 py-3 md:grid-cols-[minmax(0,14rem)_minmax(0,1fr)] md:items-start"
      data-testid="mapping-column"
    >
      <div className="min-w-0">
        <p className="break-words text-sm font-semibold text-slate-900" data-testid="column-name">
          {column.name}
        </p>
        <p className="mt-0.5 text-xs text-slate-500">{describeColumnFormat(column, i18n)}</p>
        {column.field && (
          <p
            className={cx(
              'mt-1 inline-block rounded-full px-2 py-0.5 text-xs font-medium',
              low ? 'bg-amber-50 text-amber-800 ring-1 ring-amber-200' : 'bg-slate-100 text-slate-700',
            )}
          >
            {t('uploads.mapping.confidence', { value: confidence })}
            {low && ` · ${t('uploads.mapping.lowConfidence')}`}
          </p>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t('uploads.mapping.field')} className="sm:col-span-1">
          {(control) => (
            <select
              {...control}
              aria-label={t('uploads.mapping.fieldOf', { name: column.name })}
              className={SMALL_SELECT}
              value={edit.field ?? ''}
              onChange={(event) => {
                const field = (event.target.value || null) as CanonicalField | null;
                onChange({ ...edit, field });
              }}
            >
              <option value="">{t('uploads.mapping.ignore')}</option>
              {fieldOptionGroups().map(({ group, fields }) => (
                <optgroup key={group} label={t(`uploads.mapping.group.${group}`)}>
                  {fields.map((field) => (
                    <option key={field} value={field}>
                      {t(`uploads.field.${field}`)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        {isNumericField(edit.field) && (
          <>
            <Field label={t('uploads.mapping.decimal')}>
              {(control) => (
                <select
                  {...control}
                  aria-label={t('uploads.mapping.decimalOf', { name: column.name })}
                  className={SMALL_SELECT}
                  value={edit.decimal ?? ','}
                  onChange={(event) => onChange({ ...edit, decimal: event.target.value as DecimalMark })}
                >
                  {DECIMAL_MARKS.map((mark) => (
                    <option key={mark} value={mark}>
                      {t(`uploads.mark.${MARK_KEY[mark]}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('uploads.mapping.thousands')}>
              {(control) => (
                <select
                  {...control}
                  aria-label={t('uploads.mapping.thousandsOf', { name: column.name })}
                  className={SMALL_SELECT}
                  value={edit.thousands ?? '.'}
                  onChange={(event) => onChange({ ...edit, thousands: event.target.value as ThousandsMark })}
                >
                  {THOUSANDS_MARKS.map((mark) => (
                    <option key={mark || 'none'} value={mark}>
                      {t(`uploads.mark.${MARK_KEY[mark]}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        )}
        {isDateField(edit.field) && (
          <Field label={t('uploads.mapping.dateOrder')}>
            {(control) => (
              <select
                {...control}
                aria-label={t('uploads.mapping.dateOrderOf', { name: column.name })}
                className={SMALL_SELECT}
                value={edit.order ?? 'dmy'}
                onChange={(event) => onChange({ ...edit, order: event.target.value as DateOrder })}
              >
                {DATE_ORDERS.map((order) => (
                  <option key={order} value={order}>
                    {t(`uploads.order.${order}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
    </li>
  );
}
