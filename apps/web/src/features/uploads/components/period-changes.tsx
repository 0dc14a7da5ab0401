import type { PeriodChange } from '@ayni/contracts';
import { useId, useState } from 'react';
import { cx } from '../../../components/cx';
import { INPUT_CLASS } from '../../../components/form/field-styles';
import { formatNumber } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { periodLabel } from '../lib/describe';

type PeriodType = PeriodChange['period_type'];
const PERIOD_TYPES: readonly PeriodType[] = ['day', 'week', 'month', 'quarter', 'year'];

export interface PeriodChangesProps {
  changes: readonly PeriodChange[];
  /** Shown first; the person can switch to any other level. */
  initialType?: PeriodType;
}

/** What an upload changed per period: lines before → after, inserted, updated, deleted. */
export function PeriodChanges({ changes, initialType = 'month' }: PeriodChangesProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [type, setType] = useState<PeriodType>(initialType);
  const rows = changes
    .filter((change) => change.period_type === type)
    .sort((a, b) => a.period_start.localeCompare(b.period_start) || a.action.localeCompare(b.action));

  if (changes.length === 0) return <p className="text-sm text-slate-500">{t('uploads.changes.empty')}</p>;

  return (
    <div className="space-y-3" data-testid="period-changes">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-type`} className="text-sm font-medium text-slate-700">
          {t('uploads.changes.periodType')}
        </label>
        <select
          id={`${id}-type`}
          value={type}
          onChange={(event) => setType(event.target.value as PeriodType)}
          className={cx(INPUT_CLASS, 'w-auto py-1.5 pr-8')}
        >
          {PERIOD_TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`uploads.changes.period.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <section
        className="overflow-x-auto"
        aria-label={t('uploads.changes.title')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
        tabIndex={0}
      >
        <table className="min-w-full text-left text-sm">
          <thead className="text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">
                {t('uploads.changes.period')}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t('uploads.changes.lines')}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t('uploads.changes.inserted')}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t('uploads.changes.updated')}
              </th>
              <th scope="col" className="py-2 pl-3 text-right font-medium">
                {t('uploads.changes.deleted')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 tabular-nums">
            {rows.map((change) => (
              <tr key={`${change.action}-${change.period_start}`}>
                <th scope="row" className="whitespace-nowrap py-2 pr-3 text-left font-medium text-slate-900">
                  {periodLabel(change, i18n)}
                  {change.action === 'delete' && (
                    <span className="ml-1 text-xs font-normal text-slate-500">
                      {t('uploads.changes.action.delete')}
                    </span>
                  )}
                </th>
                <td className="whitespace-nowrap px-3 py-2 text-right text-slate-700">
                  {formatNumber(change.lines_before)} → {formatNumber(change.lines_after)}
                </td>
                <td className="px-3 py-2 text-right text-slate-700">{formatNumber(change.inserted)}</td>
                <td className="px-3 py-2 text-right text-slate-700">{formatNumber(change.updated)}</td>
                <td className="py-2 pl-3 text-right text-slate-700">{formatNumber(change.deleted)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
