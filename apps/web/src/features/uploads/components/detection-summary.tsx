import type { UploadDetected } from '@ayni/contracts';
import { Card } from '../../../components/card';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { delimiterLabel, formatBytes } from '../lib/describe';

export interface DetectionSummaryProps {
  detected: UploadDetected;
  file: { name: string; size: number };
}

/** Encoding, delimiter, header line and the template applied, as detected by the preview. */
export function DetectionSummary({ detected, file }: DetectionSummaryProps) {
  const { t } = useI18n();
  const format = detected.format.toUpperCase();
  const items: Array<[string, string]> = [
    [t('uploads.detected.file'), `${file.name} · ${formatBytes(file.size)}`],
    [
      t('uploads.detected.format'),
      detected.compressed ? t('uploads.detected.compressed', { format }) : format,
    ],
    [t('uploads.detected.encoding'), detected.encoding ?? t('uploads.detected.none')],
    [t('uploads.detected.delimiter'), delimiterLabel(detected.delimiter, t)],
    [t('uploads.detected.headerLine'), t('uploads.detected.headerLineValue', { line: detected.header_line })],
    [t('uploads.detected.template'), detected.template?.name ?? t('uploads.detected.noTemplate')],
  ];
  return (
    <Card className="p-5 sm:p-6" aria-labelledby="upload-detected-title">
      <h2 id="upload-detected-title" className="text-base font-semibold text-slate-900">
        {t('uploads.detected.title')}
      </h2>
      <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="upload-detected">
        {items.map(([label, value]) => (
          <div key={label} className="min-w-0">
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
            <dd className="mt-0.5 break-words text-sm font-medium text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
