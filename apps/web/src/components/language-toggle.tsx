import { LANGUAGES } from '../lib/i18n/language';
import { useI18n } from '../lib/i18n/use-i18n';
import { cx } from './cx';

/** ES / EN segmented switch. */
export function LanguageToggle({ className }: { className?: string }) {
  const { language, setLanguage, t } = useI18n();
  return (
    <fieldset className={cx('inline-flex rounded-lg bg-slate-100 p-0.5 text-xs font-semibold', className)}>
      <legend className="sr-only">{t('language.label')}</legend>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          data-testid={`lang-${option}`}
          aria-pressed={language === option}
          title={t(`language.${option}`)}
          onClick={() => setLanguage(option)}
          className={cx(
            'rounded-md px-2.5 py-1 transition-colors',
            'focus-visible:outline-2 focus-visible:outline-teal-700',
            language === option ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-800',
          )}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
