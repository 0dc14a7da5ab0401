import type { CompanySettings } from '@ayni/contracts';
import { formatMonth, formatNumber } from '../../../lib/format';
import type { I18nValue } from '../../../lib/i18n/i18n-context';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { ANALYSIS_KEYS, type AnalysisKey } from '../lib/analysis-draft';

function shown(key: AnalysisKey, settings: CompanySettings, { t, language }: I18nValue): string {
  switch (key) {
    case 'margin_alert_pct':
      return t('analysis.value.percent', { value: formatNumber(settings.margin_alert_pct) });
    case 'tickets_per_employee_hour':
      return t('analysis.value.tickets', { value: formatNumber(settings.tickets_per_employee_hour) });
    case 'trade_profile':
      return t(`analysis.trade.${settings.trade_profile}`);
    case 'real_base_month':
      return settings.real_base_month
        ? formatMonth(settings.real_base_month, language)
        : t('analysis.value.latestMonth');
    case 'churn_days':
      return t('analysis.value.days', { value: formatNumber(settings.churn_days) });
  }
}

/** The analysis settings, read-only, each with its one-line explanation. */
export function AnalysisSettingsSummary({ settings }: { settings: CompanySettings }) {
  const i18n = useI18n();
  return (
    <dl className="divide-y divide-slate-100">
      {ANALYSIS_KEYS.map((key) => (
        <div key={key} className="grid gap-1 py-3 first:pt-0 last:pb-0 sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm font-medium text-slate-700">{i18n.t(`analysis.field.${key}`)}</dt>
          <dd className="sm:col-span-2">
            <p className="text-sm font-semibold text-slate-900">{shown(key, settings, i18n)}</p>
            <p className="text-xs text-slate-600">{i18n.t(`analysis.help.${key}`)}</p>
          </dd>
        </div>
      ))}
    </dl>
  );
}
