import type { MyCompany } from '@ayni/contracts';
import { Link, useMatch } from 'react-router';
import { cx } from '../../../components/cx';
import { useI18n } from '../../../lib/i18n/use-i18n';

const UPLOAD = 'M12 16V4m0 0-4 4m4-4 4 4M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2';
const HISTORY = 'M12 8v4l3 2m6-2a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z';

/** "Cargar datos" and "Historial de cargas" for the current company (icons only on phones). */
export function UploadsNav({ company }: { company: MyCompany }) {
  const { t } = useI18n();
  const onNew = useMatch('/c/:companyId/uploads/new') !== null;
  const onHistory = useMatch('/c/:companyId/uploads') !== null;
  const items = [
    company.permissions.includes('upload_data') && {
      to: `/c/${company.id}/uploads/new`,
      label: t('nav.upload'),
      icon: UPLOAD,
      current: onNew,
      className: 'flex',
    },
    company.permissions.includes('view_dashboards') && {
      to: `/c/${company.id}/uploads`,
      label: t('nav.uploadHistory'),
      icon: HISTORY,
      current: onHistory,
      // Phones keep the bar for the company switcher; the history is linked from the upload page.
      className: 'hidden sm:flex',
    },
  ].filter((item) => item !== false);

  return items.map((item) => (
    <Link
      key={item.to}
      to={item.to}
      aria-current={item.current ? 'page' : undefined}
      title={item.label}
      className={cx(
        item.className,
        'shrink-0 items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm font-medium',
        'focus-visible:outline-2 focus-visible:outline-teal-700',
        item.current ? 'bg-teal-50 text-teal-800' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
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
        <path d={item.icon} strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="sr-only lg:not-sr-only">{item.label}</span>
    </Link>
  ));
}
