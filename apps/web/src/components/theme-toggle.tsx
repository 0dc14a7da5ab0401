import { useI18n } from '../lib/i18n/use-i18n';
import { THEME_CHOICES, type ThemeChoice } from '../lib/theme/theme-store';
import { useTheme } from '../lib/theme/use-theme';
import { SegmentedSwitch } from './segmented-switch';

const ICONS: Record<ThemeChoice, string> = {
  light:
    'M12 4V2m0 20v-2m8-8h2M2 12h2m13.7-5.7 1.4-1.4M4.9 19.1l1.4-1.4m0-11.4L4.9 4.9m14.2 14.2-1.4-1.4M16 12a4 4 0 1 1-8 0 4 4 0 0 1 8 0Z',
  dark: 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z',
  system: 'M4 5h16v11H4zM9 20h6m-3-4v4',
};

/** Light / dark / system segmented switch, next to the language switch. */
export function ThemeToggle({ className }: { className?: string }) {
  const { t } = useI18n();
  const { choice, setChoice } = useTheme();
  return (
    <SegmentedSwitch
      legend={t('theme.label')}
      className={className}
      buttonClassName="px-2 py-1"
      selected={choice}
      onSelect={setChoice}
      options={THEME_CHOICES.map((option) => ({
        value: option,
        ariaLabel: t(`theme.${option}`),
        title: t(`theme.${option}`),
        label: (
          <svg
            viewBox="0 0 24 24"
            className="size-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            aria-hidden="true"
          >
            <path d={ICONS[option]} strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        ),
      }))}
    />
  );
}
