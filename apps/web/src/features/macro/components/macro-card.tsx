import type { ReactNode } from 'react';
import { Card } from '../../../components/card';

/** A titled card of the macro page. */
export function MacroCard({
  id,
  title,
  subtitle,
  children,
  aside,
}: {
  id: string;
  title: string;
  subtitle?: string;
  children: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <Card aria-labelledby={id} className="overflow-hidden">
      <header className="flex flex-wrap items-start justify-between gap-2 px-4 pt-4 pb-3 sm:px-5">
        <div>
          <h2 id={id} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          {subtitle && <p className="mt-0.5 text-sm text-slate-500">{subtitle}</p>}
        </div>
        {aside}
      </header>
      <div className="px-4 pb-4 sm:px-5">{children}</div>
    </Card>
  );
}
