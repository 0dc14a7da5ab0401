import type { UploadPreview } from '@ayni/contracts';
import { Card } from '../../../components/card';
import { cx } from '../../../components/cx';
import { formatDateTime, formatExactCLP, formatNumber, formatQuantity } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { DEFAULT_TIME_ZONE, wallClock } from '../lib/describe';
import { type CanonicalField, type DetectedColumn, REQUIRED_FIELDS } from '../lib/mapping';

type Row = UploadPreview['rows'][number];
type Value = Row['values'][string];

const MONEY: ReadonlySet<string> = new Set([
  'in_price_total',
  'in_price_unit',
  'in_cost_unit',
  'in_cost_total',
  'in_discount_total',
  'in_margin',
  'in_commission',
]);

export interface SampleRowsProps {
  rows: UploadPreview['rows'];
  columns: readonly DetectedColumn[];
  /** The company's time zone: sale times are shown on its clock. */
  timeZone?: string;
}

const OUTCOME_TONE: Record<Row['outcome'], string> = {
  accepted: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  rejected: 'bg-rose-50 text-rose-800 ring-rose-200',
  skipped: 'bg-slate-100 text-slate-700 ring-slate-200',
};

/**
 * A parsed value as people read it (CLP, Chilean decimals, `dd-mm-aaaa hh:mm`), with every digit
 * the import keeps: the preview shows what will be stored, so `1.088` kg is not shown as `1,09`.
 */
function show(field: CanonicalField, value: Value, timeZone: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return MONEY.has(field) ? formatExactCLP(value) : formatQuantity(value);
  if (field === 'in_dt' && typeof value === 'string') return formatDateTime(wallClock(value, timeZone));
  return String(value);
}

/**
 * The preview's sample lines as the import will read them. Accepted lines show the parsed
 * values (by field); rejected and skipped ones the original cells (by column) and the reasons.
 */
export function SampleRows({ rows, columns, timeZone = DEFAULT_TIME_ZONE }: SampleRowsProps) {
  const { t, language } = useI18n();
  const mapped = columns
    .filter((column): column is DetectedColumn & { field: CanonicalField } => column.field !== null)
    .sort((a, b) => rank(a.field) - rank(b.field));

  return (
    <Card className="p-5 sm:p-6" aria-labelledby="upload-sample-title">
      <h2 id="upload-sample-title" className="text-base font-semibold text-slate-900">
        {t('uploads.sample.title')}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">{t('uploads.sample.empty')}</p>
      ) : (
        <section
          className="-mx-5 mt-4 overflow-x-auto sm:-mx-6"
          aria-label={t('uploads.sample.region')}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
          tabIndex={0}
        >
          <table className="min-w-full text-left text-sm" data-testid="upload-sample">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium sm:pl-6">
                  {t('uploads.sample.line')}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t('uploads.sample.outcome')}
                </th>
                {mapped.map((column) => (
                  <th key={column.index} scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
                    {t(`uploads.field.${column.field}`)}
                  </th>
                ))}
                <th scope="col" className="px-3 py-2 font-medium sm:pr-6">
                  {t('uploads.sample.issues')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.line} className={row.outcome === 'accepted' ? undefined : 'bg-slate-50/60'}>
                  <td className="px-3 py-2 tabular-nums text-slate-500 sm:pl-6">{formatNumber(row.line)}</td>
                  <td className="px-3 py-2">
                    <span
                      className={cx(
                        'whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1',
                        OUTCOME_TONE[row.outcome],
                      )}
                    >
                      {t(`uploads.outcome.${row.outcome}`)}
                    </span>
                    {row.values.is_return === true && (
                      <span className="ml-1 text-xs text-slate-500">{t('uploads.sample.return')}</span>
                    )}
                  </td>
                  {mapped.map((column) => (
                    <td
                      key={column.index}
                      className="max-w-56 truncate whitespace-nowrap px-3 py-2 text-slate-800"
                    >
                      {row.outcome === 'accepted'
                        ? show(column.field, row.values[column.field] ?? null, timeZone)
                        : String(row.values[column.name] ?? '—')}
                    </td>
                  ))}
                  <td className="min-w-56 px-3 py-2 text-xs text-slate-600 sm:pr-6">
                    {row.issues.map((issue) => (
                      <p key={`${issue.code}-${issue.column ?? ''}`}>
                        {language === 'es' ? issue.message_es : issue.message_en}
                      </p>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </Card>
  );
}

function rank(field: CanonicalField): number {
  const required = REQUIRED_FIELDS.indexOf(field);
  return required >= 0 ? required : REQUIRED_FIELDS.length;
}
