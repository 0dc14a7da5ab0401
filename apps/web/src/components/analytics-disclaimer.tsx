import { useI18n } from '../lib/i18n/use-i18n';

/** The line every analytics page ends with: information, not financial, legal or tax advice. */
export function AnalyticsDisclaimer() {
  const { t } = useI18n();
  return (
    <footer className="border-t border-slate-200 pt-3 text-xs text-slate-500" data-testid="disclaimer">
      {t('dashboards.disclaimer')}
    </footer>
  );
}
