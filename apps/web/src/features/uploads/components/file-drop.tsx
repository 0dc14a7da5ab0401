import { type DragEvent, useId, useState } from 'react';
import { cx } from '../../../components/cx';
import { FormAlert } from '../../../components/form/form-alert';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { SAMPLE_FILE } from '../../dashboards/components/dashboard-states';
import { ACCEPT, isAcceptedFile } from '../lib/describe';

export interface FileDropProps {
  onFile: (file: File) => void;
  disabled?: boolean;
}

const UPLOAD_ICON = 'M12 16V4m0 0-4 4m4-4 4 4M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2';

/** Drop zone plus a real file input (keyboard and screen readers use the input). */
export function FileDrop({ onFile, disabled = false }: FileDropProps) {
  const { t } = useI18n();
  const id = useId();
  const [over, setOver] = useState(false);
  const [invalid, setInvalid] = useState<string | null>(null);

  const take = (file: File | undefined) => {
    if (!file) return;
    if (!isAcceptedFile(file.name)) {
      setInvalid(t('uploads.drop.invalid', { name: file.name }));
      return;
    }
    setInvalid(null);
    onFile(file);
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) take(event.dataTransfer.files[0]);
  };

  return (
    <div className="space-y-3">
      <label
        htmlFor={id}
        onDragOver={(event) => {
          event.preventDefault();
          if (!disabled) setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="file-drop"
        className={cx(
          'flex cursor-pointer flex-col items-center justify-center gap-3 rounded-2xl border-2 border-dashed px-4 py-12 text-center transition-colors sm:px-6',
          'focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-teal-700',
          over ? 'border-teal-600 bg-teal-50' : 'border-slate-300 bg-white hover:border-teal-500',
          disabled && 'cursor-not-allowed opacity-60',
        )}
      >
        <svg
          viewBox="0 0 24 24"
          className="size-10 text-teal-700"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          aria-hidden="true"
        >
          <path d={UPLOAD_ICON} strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="text-base font-semibold text-slate-900">{t('uploads.drop.title')}</span>
        <span className="text-sm text-slate-500">{t('uploads.drop.or')}</span>
        <span className="rounded-lg bg-teal-700 px-4 py-2 text-sm font-semibold text-white shadow-sm">
          {t('uploads.drop.choose')}
        </span>
        <span className="text-xs text-slate-500">{t('uploads.drop.hint')}</span>
        <input
          id={id}
          type="file"
          accept={ACCEPT}
          disabled={disabled}
          className="sr-only"
          onChange={(event) => {
            take(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </label>
      {invalid && <FormAlert>{invalid}</FormAlert>}
      <p className="text-center text-sm text-slate-600">
        {t('uploads.drop.sampleIntro')}{' '}
        <a href={SAMPLE_FILE} download className="font-semibold text-teal-700 hover:text-teal-800">
          {t('uploads.sampleFile')}
        </a>
      </p>
    </div>
  );
}
