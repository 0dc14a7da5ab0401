import type { PeriodChange, UploadRows } from '@ayni/contracts';
import { cx } from '../../../components/cx';
import { formatNumber } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { PeriodChanges } from './period-changes';

type Count = keyof Omit<UploadRows, 'total'>;

const LINE_COUNTS: ReadonlyArray<{ key: Count; tone: string }> = [
  { key: 'accepted', tone: 'text-emerald-700' },
  { key: 'rejected', tone: 'text-rose-700' },
  { key: 'warnings', tone: 'text-amber-700' },
  { key: 'skipped', tone: 'text-slate-700' },
];
const DATA_COUNTS: ReadonlyArray<{ key: Count; tone: string }> = [
  { key: 'inserted', tone: 'text-teal-700' },
  { key: 'updated', tone: 'text-sky-700' },
  { key: 'unchanged', tone: 'text-slate-700' },
  { key: 'deleted', tone: 'text-rose-700' },
];

export interface UploadSummaryProps {
  rows: UploadRows;
  /** Per-period changes; undefined while they load. */
  changes: readonly PeriodChange[] | undefined;
}

/** The counts of a finished upload and its per-period changes. */
export function UploadSummary({ rows, changes }: UploadSummaryProps) {
  const { t } = useI18n();
  return (
    <div className="space-y-6" data-testid="upload-summary">
      <h3 className="border-t border-slate-200 pt-5 text-base font-semibold text-slate-900">
        {t('uploads.summary.title')}
      </h3>
      <CountGroup title={t('uploads.summary.lines')} counts={LINE_COUNTS} rows={rows} />
      <CountGroup title={t('uploads.summary.data')} counts={DATA_COUNTS} rows={rows} />
      <div>
        <h3 className="mb-3 text-sm font-semibold text-slate-900">{t('uploads.changes.title')}</h3>
        {changes ? (
          <PeriodChanges changes={changes} />
        ) : (
          <p role="status" className="text-sm text-slate-500">
            {t('uploads.changes.loading')}
          </p>
        )}
      </div>
    </div>
  );
}

function CountGroup({
  title,
  counts,
  rows,
}: {
  title: string;
  counts: ReadonlyArray<{ key: Count; tone: string }>;
  rows: UploadRows;
}) {
  const { t } = useI18n();
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {counts.map(({ key, tone }) => (
          <div
            key={key}
            className="rounded-xl bg-slate-50 px-3 py-2.5 ring-1 ring-slate-200/80"
            data-testid={`count-${key}`}
          >
            <dt className="text-xs font-medium text-slate-500">{t(`uploads.summary.${key}`)}</dt>
            <dd className={cx('text-xl font-bold tabular-nums', tone)}>{formatNumber(rows[key])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
