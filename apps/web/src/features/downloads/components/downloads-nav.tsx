import type { MyCompany } from '@ayni/contracts';
import { Link, useMatch } from 'react-router';
import { cx } from '../../../components/cx';
import { useI18n } from '../../../lib/i18n/use-i18n';

const DOWNLOAD = 'M12 4v11m0 0-4-4m4 4 4-4M4 17v1a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-1';

/** "Descargas" in the main nav for the current company (icon only on small screens). */
export function DownloadsNav({ company }: { company: MyCompany }) {
  const { t } = useI18n();
  const current = useMatch('/c/:companyId/downloads') !== null;
  if (!company.permissions.includes('view_dashboards')) return null;
  return (
    <Link
      to={`/c/${company.id}/downloads`}
      aria-current={current ? 'page' : undefined}
      title={t('nav.downloads')}
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
        <path d={DOWNLOAD} strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="sr-only lg:not-sr-only">{t('nav.downloads')}</span>
    </Link>
  );
}
