import { cx } from './cx';

/** The mark and the word AYNI; `compact` shows the word only from 640 px up (crowded phone headers). */
export function Logo({ className, compact = false }: { className?: string; compact?: boolean }) {
  return (
    <span className={cx('inline-flex items-center gap-2 font-bold tracking-tight text-slate-900', className)}>
      <svg viewBox="0 0 32 32" className="size-8" aria-hidden="true">
        <rect width="32" height="32" rx="8" className="fill-teal-700" />
        <path d="M8 22h4v-8H8zm6 0h4V9h-4zm6 0h4v-6h-4z" className="fill-white" />
      </svg>
      <span className={cx('text-lg', compact && 'sr-only sm:not-sr-only')}>AYNI</span>
    </span>
  );
}
