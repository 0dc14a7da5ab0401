import type { MyCompany } from '@ayni/contracts';
import { Link, useMatch } from 'react-router';
import { cx } from '../../../components/cx';
import { useI18n } from '../../../lib/i18n/use-i18n';

const BARS = 'M4 20V10M10 20V4M16 20v-7M22 20H2';

/** "Comparación" in the main nav for the current company (icon only on small screens). */
export function BenchmarksNav({ company }: { company: MyCompany }) {
  const { t } = useI18n();
  const current = useMatch('/c/:companyId/benchmarks') !== null;
  if (!company.permissions.includes('view_dashboards')) return null;
  return (
    <Link
      to={`/c/${company.id}/benchmarks`}
      aria-current={current ? 'page' : undefined}
      title={t('nav.benchmarks')}
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
        <path d={BARS} strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="sr-only lg:not-sr-only">{t('nav.benchmarks')}</span>
    </Link>
  );
}
