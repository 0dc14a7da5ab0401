import type { Upload } from '@ayni/contracts';
import { Button } from '../../../components/button';
import { cx } from '../../../components/cx';
import { formatNumber } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { formatDuration, isRunning, STAGES } from '../lib/describe';
import type { Estimate } from '../lib/eta';

export interface UploadProgressProps {
  upload: Pick<Upload, 'filename' | 'status' | 'progress' | 'lines_processed' | 'lines_total'>;
  estimate: Estimate;
  /** The WebSocket is open; otherwise the status is being polled every second. */
  live: boolean;
  onCancel?: () => void;
  cancelling?: boolean;
}

/** Stage, progress bar, lines processed / total and time left, for a running import. */
export function UploadProgress({
  upload,
  estimate,
  live,
  onCancel,
  cancelling = false,
}: UploadProgressProps) {
  const { t } = useI18n();
  const running = isRunning(upload);
  // A finished upload shows every stage done.
  const stage = running ? STAGES.indexOf(upload.status) : STAGES.length;
  const percent = Math.max(0, Math.min(100, upload.progress));
  const lines =
    upload.lines_total !== null && upload.lines_total > 0
      ? t('uploads.progress.lines', {
          processed: formatNumber(upload.lines_processed),
          total: formatNumber(upload.lines_total),
        })
      : t('uploads.progress.linesNoTotal', { processed: formatNumber(upload.lines_processed) });
  const eta =
    estimate.seconds !== null
      ? t('uploads.progress.eta', { time: formatDuration(estimate.seconds, t) })
      : t('uploads.progress.etaUnknown');

  return (
    <div className="space-y-5" data-testid="upload-progress">
      <ol aria-label={t('uploads.steps')} className="grid grid-cols-2 gap-2 text-xs sm:grid-cols-4">
        {STAGES.slice(0, 4).map((name, index) => (
          <li
            key={name}
            aria-current={index === stage ? 'step' : undefined}
            className={cx(
              'rounded-lg px-2 py-1.5 text-center font-medium ring-1',
              index < stage && 'bg-teal-50 text-teal-800 ring-teal-200',
              index === stage && 'bg-teal-700 text-white ring-teal-700',
              index > stage && 'text-slate-500 ring-slate-200',
            )}
          >
            {t(`uploads.status.${name}`)}
          </li>
        ))}
      </ol>
      <div>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <p className="text-sm font-medium text-slate-900" aria-live="polite">
            {t(`uploads.stage.${upload.status}`)}
          </p>
          <p className="text-2xl font-bold tabular-nums text-slate-900" data-testid="upload-percent">
            {formatNumber(percent)} %
          </p>
        </div>
        <div
          role="progressbar"
          aria-label={t('uploads.progress.label')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${formatNumber(percent)} %`}
          className="mt-2 h-3 overflow-hidden rounded-full bg-slate-200"
        >
          <div
            className="h-full rounded-full bg-teal-600 transition-[width] duration-500"
            style={{ width: `${percent}%` }}
          />
        </div>
        <div className="mt-2 flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-sm text-slate-600">
          <span className="tabular-nums" data-testid="upload-lines">
            {lines}
            {estimate.linesPerSecond !== null &&
              ` · ${t('uploads.progress.rate', { rate: formatNumber(Math.round(estimate.linesPerSecond)) })}`}
          </span>
          {running && <span data-testid="upload-eta">{eta}</span>}
        </div>
      </div>
      {running && (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <span className="inline-flex items-center gap-2 text-xs text-slate-500">
            <span
              aria-hidden="true"
              className={cx('size-2 rounded-full', live ? 'animate-pulse bg-emerald-500' : 'bg-amber-500')}
            />
            {live ? t('uploads.progress.live') : t('uploads.progress.polling')}
          </span>
          {onCancel && (
            <Button variant="dangerGhost" onClick={onCancel} loading={cancelling}>
              {t('uploads.progress.cancel')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
