import { useI18n } from '../lib/i18n/use-i18n';
import { Button } from './button';

export interface ErrorStateProps {
  message: string;
  onRetry?: () => void;
  retrying?: boolean;
}

export function ErrorState({ message, onRetry, retrying = false }: ErrorStateProps) {
  const { t } = useI18n();
  return (
    <div
      role="alert"
      className="flex flex-col items-center gap-3 rounded-2xl bg-rose-50 px-6 py-10 text-center ring-1 ring-rose-200"
    >
      <h2 className="text-base font-semibold text-rose-900">{t('errors.title')}</h2>
      <p className="max-w-md text-sm text-rose-800">{message}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry} loading={retrying}>
          {t('errors.retry')}
        </Button>
      )}
    </div>
  );
}
