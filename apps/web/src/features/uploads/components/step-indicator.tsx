import { cx } from '../../../components/cx';
import { useI18n } from '../../../lib/i18n/use-i18n';

const STEPS = ['file', 'review', 'import'] as const;
export type WizardStep = (typeof STEPS)[number];

/** File → Review → Import, with the current step marked for assistive technology. */
export function StepIndicator({ current }: { current: WizardStep }) {
  const { t } = useI18n();
  const index = STEPS.indexOf(current);
  return (
    <ol aria-label={t('uploads.steps')} className="flex flex-wrap items-center gap-2 text-sm">
      {STEPS.map((step, position) => (
        <li
          key={step}
          aria-current={position === index ? 'step' : undefined}
          className="flex items-center gap-2"
        >
          <span
            aria-hidden="true"
            className={cx(
              'flex size-6 items-center justify-center rounded-full text-xs font-bold',
              position < index && 'bg-teal-100 text-teal-800',
              position === index && 'bg-teal-700 text-white',
              position > index && 'bg-slate-200 text-slate-600',
            )}
          >
            {position + 1}
          </span>
          <span className={cx('font-medium', position === index ? 'text-slate-900' : 'text-slate-500')}>
            {t(`uploads.step.${step}`)}
          </span>
          {position < STEPS.length - 1 && (
            <span aria-hidden="true" className="mx-1 hidden h-px w-6 bg-slate-300 sm:block" />
          )}
        </li>
      ))}
    </ol>
  );
}
