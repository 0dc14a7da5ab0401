import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { ExplorerMeta } from '../api/explorer';
import { type ExplorerLevel, isMetricLevel } from '../lib/levels';

/**
 * What `meta.period` means: months for the stored lists, exact days for a slice of them, whole
 * periods for a product's or category's series; a company's or branch's periods need no note.
 */
function rangeNote(level: ExplorerLevel, sliced: boolean) {
  // Customers over a range (at a branch or not) are their purchases of the days asked.
  if (level === 'customer' || level === 'hour') return 'explorer.range.days';
  if (!isMetricLevel(level)) return sliced ? 'explorer.range.days' : 'explorer.range.months';
  return sliced ? 'explorer.range.periods' : null;
}

/** Beside the filters: the period the figures cover, when it needs saying, and the data's last day. */
export function PeriodNotes({
  level,
  sliced,
  meta,
}: {
  level: ExplorerLevel;
  sliced: boolean;
  meta: ExplorerMeta | undefined;
}) {
  const { t } = useI18n();
  const note = rangeNote(level, sliced);
  return (
    <div className="text-xs text-slate-500">
      {meta?.period?.from && meta.period.to && note ? (
        <p>
          {t(note, {
            from: formatDate(meta.period.from),
            to: formatDate(meta.period.to),
          })}
        </p>
      ) : null}
      {meta?.data_through && <p>{t('explorer.dataThrough', { date: formatDate(meta.data_through) })}</p>}
    </div>
  );
}
