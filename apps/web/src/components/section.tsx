import type { ReactNode } from 'react';
import { useId } from 'react';
import { cx } from './cx';

export interface SectionProps {
  title: string;
  description?: ReactNode;
  /** Shown next to the title (a status badge, a button). */
  aside?: ReactNode;
  children?: ReactNode;
  tone?: 'default' | 'danger';
  className?: string;
}

/** A titled white card for settings-style pages; labelled by its heading. */
export function Section({ title, description, aside, children, tone = 'default', className }: SectionProps) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className={cx(
        'rounded-2xl bg-white p-5 shadow-sm ring-1 sm:p-6',
        tone === 'danger' ? 'ring-rose-200' : 'ring-slate-200/80',
        className,
      )}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2
            id={id}
            className={cx('text-base font-semibold', tone === 'danger' ? 'text-rose-900' : 'text-slate-900')}
          >
            {title}
          </h2>
          {description && <div className="mt-1 text-sm text-slate-600">{description}</div>}
        </div>
        {aside}
      </div>
      {children && <div className="mt-5">{children}</div>}
    </section>
  );
}

/** A small rounded status label. */
export function Badge({
  children,
  tone = 'neutral',
}: {
  children: ReactNode;
  tone?: 'neutral' | 'good' | 'warn';
}) {
  const tones = {
    neutral: 'bg-slate-100 text-slate-700',
    good: 'bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200',
    warn: 'bg-amber-50 text-amber-800 ring-1 ring-amber-200',
  };
  return (
    <span className={cx('rounded-full px-2.5 py-0.5 text-xs font-semibold', tones[tone])}>{children}</span>
  );
}
