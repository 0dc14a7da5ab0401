import type { MyCompany } from '@ayni/contracts';
import { Link, useMatch } from 'react-router';
import { cx } from '../../../components/cx';
import { useInsightLabels } from '../lib/labels';

const BULB =
  'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.4 1 1.1 1 1.8V16h5v-.3c0-.7.4-1.4 1-1.8A6 6 0 0 0 12 3Z';

/** "Hallazgos" in the main nav for the current company (icon only on small screens). */
export function InsightsNav({ company }: { company: MyCompany }) {
  const { L } = useInsightLabels();
  const current = useMatch('/c/:companyId/insights') !== null;
  if (!company.permissions.includes('view_dashboards')) return null;
  return (
    <Link
      to={`/c/${company.id}/insights`}
      aria-current={current ? 'page' : undefined}
      title={L.eyebrow}
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
        <path d={BULB} strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="sr-only lg:not-sr-only">{L.eyebrow}</span>
    </Link>
  );
}
