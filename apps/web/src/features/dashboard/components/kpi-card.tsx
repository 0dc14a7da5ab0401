import type { ReactNode } from 'react';
import { cx } from '../../../components/cx';

export interface KpiCardProps {
  label: string;
  value: string;
  /** Stable hook for browser tests, e.g. `kpi-revenue`; placed on the element holding the value. */
  testId: string;
  icon: ReactNode;
  accent: string;
}

export function KpiCard({ label, value, testId, icon, accent }: KpiCardProps) {
  return (
    <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200/80 first:col-span-2 sm:p-5 lg:first:col-span-1">
      <dt className="flex items-center justify-between gap-2 text-sm font-medium text-slate-500">
        <span>{label}</span>
        <span aria-hidden="true" className={cx('flex size-8 items-center justify-center rounded-lg', accent)}>
          {icon}
        </span>
      </dt>
      <dd
        data-testid={testId}
        className="text-xl font-semibold tracking-tight text-slate-900 tabular-nums sm:text-2xl"
      >
        {value}
      </dd>
    </div>
  );
}
