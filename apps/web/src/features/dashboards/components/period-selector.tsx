import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { cx } from '../../../components/cx';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { type DateRange, PRESETS, type Preset } from '../lib/period';

export interface PeriodSelectorProps {
  preset: Preset;
  range: DateRange | null;
  onPreset: (preset: Preset) => void;
  onRange: (range: DateRange) => void;
}

/** Last month / quarter / year as a segmented control, and a custom range with two dates. */
export function PeriodSelector({ preset, range, onPreset, onRange }: PeriodSelectorProps) {
  const { t } = useI18n();
  const [from, setFrom] = useState(range?.from ?? '');
  const [to, setTo] = useState(range?.to ?? '');
  const [invalid, setInvalid] = useState(false);
  const [lastRange, setLastRange] = useState(range);
  if (range !== lastRange) {
    setLastRange(range);
    setFrom(range?.from ?? '');
    setTo(range?.to ?? '');
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to || from > to) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onRange({ from, to });
  };

  return (
    <div className="flex w-full flex-col items-stretch gap-2 sm:w-auto sm:items-end">
      <fieldset className="grid grid-cols-2 gap-1 rounded-xl bg-white p-1 shadow-sm ring-1 ring-slate-200 min-[480px]:grid-cols-4">
        <legend className="sr-only">{t('dashboards.period.label')}</legend>
        {PRESETS.map((item) => (
          <button
            key={item}
            type="button"
            aria-pressed={preset === item}
            onClick={() => onPreset(item)}
            className={cx(
              'rounded-lg px-2.5 py-1.5 text-sm font-medium whitespace-nowrap transition-colors',
              'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-700',
              preset === item ? 'bg-teal-700 text-white shadow-sm' : 'text-slate-700 hover:bg-slate-100',
            )}
          >
            {t(`dashboards.period.${item}`)}
          </button>
        ))}
      </fieldset>
      {preset === 'custom' && (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-2" noValidate>
          <label className="flex flex-col text-xs font-medium text-slate-600">
            {t('dashboards.period.from')}
            <input
              type="date"
              value={from}
              onChange={(event) => setFrom(event.target.value)}
              className="mt-1 rounded-lg border border-slate-300 px-2 py-1.5 text-sm text-slate-900"
            />
          </label>
          <label className="flex flex-col text-xs font-medium text-slate-600">
            {t('dashboards.period.to')}
            <input
              type="date"
              value={to}
              onChange={(event) => setTo(event.target.value)}
              className="mt-1 rounded-lg border border-slate-300 px-2 py-1.5 text-sm text-slate-900"
            />
          </label>
          <Button type="submit" variant="secondary">
            {t('dashboards.period.apply')}
          </Button>
          {invalid && (
            <p role="alert" className="w-full text-xs text-rose-700">
              {t('dashboards.period.invalid')}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
