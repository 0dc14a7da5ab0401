import { LANGUAGES } from '../lib/i18n/language';
import { useI18n } from '../lib/i18n/use-i18n';
import { cx } from './cx';
import { SegmentedSwitch } from './segmented-switch';

/** ES / EN segmented switch. */
export function LanguageToggle({ className }: { className?: string }) {
  const { language, setLanguage, t } = useI18n();
  return (
    <SegmentedSwitch
      legend={t('language.label')}
      className={cx('text-xs font-semibold', className)}
      selected={language}
      onSelect={setLanguage}
      options={LANGUAGES.map((option) => ({
        value: option,
        label: option.toUpperCase(),
        lang: option,
        testId: `lang-${option}`,
        title: t(`language.${option}`),
      }))}
    />
  );
}
