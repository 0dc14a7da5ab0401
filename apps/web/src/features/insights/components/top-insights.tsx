import type { InsightItem } from '@ayni/contracts';
import { cx } from '../../../components/cx';
import { useInsightLabels } from '../lib/labels';

const BADGE: Record<InsightItem['severity'], string> = {
  critical: 'bg-rose-100 text-rose-800',
  warning: 'bg-amber-100 text-amber-800',
  info: 'bg-slate-100 text-slate-700',
};

/** Ranked insights: severity badge, title and the sentence with its numbers. */
export function TopInsights({ items }: { items: InsightItem[] }) {
  const { L, language } = useInsightLabels();
  if (items.length === 0) return <p className="px-2 py-3 text-sm text-slate-600">{L.topEmpty}</p>;
  return (
    <ol className="divide-y divide-slate-100" aria-label={L.top}>
      {items.map((item) => (
        <li
          key={item.id}
          className="flex gap-3 px-2 py-3"
          data-testid="insight"
          data-severity={item.severity}
        >
          <span
            className={cx(
              'h-fit shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold',
              BADGE[item.severity],
            )}
          >
            {L.severity[item.severity]}
          </span>
          <div className="min-w-0">
            <p className="text-sm font-semibold text-slate-900">{item.title[language]}</p>
            <p className="mt-0.5 text-sm text-slate-600">{item.detail[language]}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
