import { useI18n } from '../../../lib/i18n/use-i18n';

/** Sign-up choice to take part in the anonymous benchmarks, on by default, in plain words. */
export function BenchmarkOptInField({
  checked,
  onChange,
  disabled = false,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="flex items-start gap-3 rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200">
      <input
        id="benchmark-opt-in"
        name="benchmark_opt_in"
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby="benchmark-opt-in-help"
        className="mt-1 size-4 accent-teal-700 disabled:opacity-60"
      />
      <div>
        <label htmlFor="benchmark-opt-in" className="text-sm font-semibold text-slate-900">
          {t('benchmarks.optIn.label')}
        </label>
        <p id="benchmark-opt-in-help" className="mt-0.5 text-sm text-slate-600">
          {t('benchmarks.optIn.help')}
        </p>
      </div>
    </div>
  );
}
