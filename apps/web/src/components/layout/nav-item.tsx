import { Link, useMatch } from 'react-router';
import { cx } from '../cx';

/** One page of the main nav: an outline icon and a label (icon only on small screens). */
export function NavItem({
  to,
  match,
  label,
  icon,
}: {
  to: string;
  match: string;
  label: string;
  icon: string;
}) {
  const current = useMatch(match) !== null;
  return (
    <Link
      to={to}
      aria-current={current ? 'page' : undefined}
      title={label}
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
        <path d={icon} strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="sr-only lg:not-sr-only">{label}</span>
    </Link>
  );
}
