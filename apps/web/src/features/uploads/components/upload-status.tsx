import type { Upload } from '@ayni/contracts';
import { cx } from '../../../components/cx';
import { formatNumber } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { isRunning, statusTone } from '../lib/describe';

const TONES = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-200',
  good: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  warn: 'bg-amber-50 text-amber-800 ring-amber-200',
  bad: 'bg-rose-50 text-rose-800 ring-rose-200',
  live: 'bg-sky-50 text-sky-800 ring-sky-200',
};

/** Status badge, plus a small progress bar while the upload runs. */
export function UploadStatusCell({ upload }: { upload: Upload }) {
  const { t } = useI18n();
  const running = isRunning(upload);
  return (
    <div className="min-w-28 space-y-1.5">
      <span
        className={cx(
          'inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1',
          TONES[statusTone(upload.status)],
        )}
      >
        {t(`uploads.status.${upload.status}`)}
        {running && ` · ${formatNumber(upload.progress)} %`}
      </span>
      {running && (
        <div
          role="progressbar"
          aria-label={t('uploads.progress.title', { name: upload.filename })}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={upload.progress}
          className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200"
        >
          <div
            className="h-full rounded-full bg-sky-600 transition-[width] duration-500"
            style={{ width: `${upload.progress}%` }}
          />
        </div>
      )}
    </div>
  );
}
