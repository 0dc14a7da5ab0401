import { cx } from '../../../components/cx';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { PERIODS, type Period } from '../lib/period';

export interface PeriodSelectorProps {
  value: Period;
  onChange: (period: Period) => void;
}

/** Last 3 / 6 / 12 / 18 months or everything, as a segmented control. */
export function PeriodSelector({ value, onChange }: PeriodSelectorProps) {
  const { t } = useI18n();
  return (
    <fieldset className="grid w-full grid-cols-5 rounded-xl bg-white p-1 shadow-sm ring-1 ring-slate-200 sm:inline-flex sm:w-auto">
      <legend className="sr-only">{t('dashboard.period.label')}</legend>
      {PERIODS.map((period) => (
        <button
          key={period}
          type="button"
          aria-pressed={value === period}
          onClick={() => onChange(period)}
          className={cx(
            'rounded-lg px-1.5 py-1.5 text-xs font-medium whitespace-nowrap transition-colors sm:px-3 sm:text-sm',
            'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-700',
            value === period ? 'bg-teal-700 text-white shadow-sm' : 'text-slate-600 hover:bg-slate-100',
          )}
        >
          {t(`dashboard.period.${period}`)}
        </button>
      ))}
    </fieldset>
  );
}
