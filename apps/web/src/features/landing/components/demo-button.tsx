import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useDemoAvailability, useStartDemo } from '../api/demo';

/**
 * "Probar la demo": signs the visitor in as a throwaway read-only viewer of the demo company; the
 * landing page then sends the new session on to its dashboard. Shown only when the server says
 * the demo is available (never while it is being asked, nor when it cannot answer).
 */
export function DemoButton() {
  const i18n = useI18n();
  const { t } = i18n;
  const availability = useDemoAvailability();
  const start = useStartDemo();
  if (!availability.data?.available) return null;
  return (
    <div className="flex flex-col items-start gap-1">
      <button
        type="button"
        onClick={() => start.mutate()}
        disabled={start.isPending}
        aria-describedby="landing-demo-hint"
        className="rounded-xl bg-white px-5 py-3 font-semibold text-teal-800 ring-1 ring-teal-700 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 disabled:opacity-70"
      >
        {start.isPending ? t('landing.demoStarting') : t('landing.demo')}
      </button>
      <p id="landing-demo-hint" className="text-xs text-slate-600">
        {t('landing.demoHint')}
      </p>
      {start.isError && (
        <p role="alert" className="text-sm text-rose-700">
          {errorMessage(start.error, i18n)}
        </p>
      )}
    </div>
  );
}
