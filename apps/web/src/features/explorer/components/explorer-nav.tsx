import type { MyCompany } from '@ayni/contracts';
import { Link, useMatch } from 'react-router';
import { cx } from '../../../components/cx';
import { useI18n } from '../../../lib/i18n/use-i18n';

const TABLE = 'M3 5h18M3 10h18M3 15h18M3 20h18M9 5v15';

/** "Explorar" in the main nav for the current company (icon only on small screens). */
export function ExplorerNav({ company }: { company: MyCompany }) {
  const { t } = useI18n();
  const current = useMatch('/c/:companyId/explore/*') !== null;
  if (!company.permissions.includes('view_dashboards')) return null;
  return (
    <Link
      to={`/c/${company.id}/explore/month`}
      aria-current={current ? 'page' : undefined}
      title={t('nav.explore')}
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
        <path d={TABLE} strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="sr-only lg:not-sr-only">{t('nav.explore')}</span>
    </Link>
  );
}
