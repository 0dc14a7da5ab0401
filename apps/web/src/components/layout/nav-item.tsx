import { createContext, useContext } from 'react';
import { Link, useMatch } from 'react-router';
import { cx } from '../cx';

/** Where a nav item is drawn: in the top bar, or as a row of the "Más" menu (which it closes). */
export type NavPlacement = { in: 'bar' } | { in: 'menu'; close: () => void };

export const NavPlacementContext = createContext<NavPlacement>({ in: 'bar' });

/**
 * One page of the main nav: an outline icon and a label (icon only on small screens in the bar,
 * always labelled in the "Más" menu).
 */
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
  const placement = useContext(NavPlacementContext);
  const current = useMatch(match) !== null;
  const inMenu = placement.in === 'menu';
  return (
    <Link
      to={to}
      aria-current={current ? 'page' : undefined}
      title={inMenu ? undefined : label}
      onClick={inMenu ? placement.close : undefined}
      className={cx(
        'flex shrink-0 items-center rounded-lg text-sm font-medium',
        'focus-visible:outline-2 focus-visible:outline-teal-700',
        inMenu ? 'w-full gap-2.5 px-3 py-2' : 'gap-1.5 px-2.5 py-1.5',
        current ? 'bg-teal-50 text-teal-800' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
      )}
    >
      <svg
        viewBox="0 0 24 24"
        className="size-4 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        aria-hidden="true"
      >
        <path d={icon} strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className={inMenu ? undefined : 'sr-only lg:not-sr-only'}>{label}</span>
    </Link>
  );
}
