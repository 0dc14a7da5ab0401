import type { MyCompany } from '@ayni/contracts';
import { Link, useMatch } from 'react-router';
import { cx } from '../../../components/cx';
import { useI18n } from '../../../lib/i18n/use-i18n';

const WAVE = 'M3 17l5-6 4 4 6-8 3 3M3 21h18';

/** "Macro" in the main nav for the current company (icon only on small screens). */
export function MacroNav({ company }: { company: MyCompany }) {
  const { t } = useI18n();
  const current = useMatch('/c/:companyId/macro') !== null;
  if (!company.permissions.includes('view_dashboards')) return null;
  return (
    <Link
      to={`/c/${company.id}/macro`}
      aria-current={current ? 'page' : undefined}
      title={t('nav.macro')}
      className={cx(
        'flex shrink-0 items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm font-medium',
        'focus-visible:outline-2 focus-visible:outline-teal-700',
        current ? 'bg-teal-50 text-teal-800' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
      )}
    >
      <svg
        viewBox="0 0 24 24"
        className="size-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        aria-hidden="true"
      >
        <path d={WAVE} strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="sr-only lg:not-sr-only">{t('nav.macro')}</span>
    </Link>
  );
}
