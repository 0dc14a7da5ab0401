import type { ReactNode } from 'react';
import { cx } from '../../../components/cx';
import { ScrollRegion } from '../../../components/scroll-region';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { DASH, formatPercentColumn } from '../lib/figures';
import { reasonKey } from '../lib/reasons';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
  /** Hidden on phones. */
  wide?: boolean;
}

/** The share of sales column of products and categories, one decimal so that the rows line up. */
export function shareColumn<T extends { revenue_share_pct: number | null; nulls: Record<string, string> }>(
  header: string,
  wide = false,
): Column<T> {
  return {
    header,
    numeric: true,
    wide,
    cell: (row) => (
      <Figure
        value={row.revenue_share_pct}
        reason={row.nulls.revenue_share_pct}
        format={formatPercentColumn}
      />
    ),
  };
}

const TH = 'px-3 py-2.5 text-xs font-semibold tracking-wide text-slate-500 uppercase sm:px-4';

/** A plain, accessible table of a breakdown (products, categories, branches). */
export function BreakdownTable<T>({
  rows,
  columns,
  rowKey,
  testId,
  caption,
}: {
  rows: readonly T[];
  columns: ReadonlyArray<Column<T>>;
  rowKey: (row: T, index: number) => string;
  testId: string;
  caption: string;
}) {
  const { t } = useI18n();
  return (
    // A table wider than its card scrolls sideways, reachable by keyboard while it does.
    <ScrollRegion label={caption}>
      <table data-testid={testId} className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50/80">
          <tr>
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={cx(
                  TH,
                  column.numeric ? 'text-right' : 'text-left',
                  column.wide && 'hidden sm:table-cell',
                )}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="px-4 py-10 text-center text-slate-500">
                {t('dashboards.top.empty')}
              </td>
            </tr>
          )}
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} className="hover:bg-slate-50/60">
              {columns.map((column) => (
                <td
                  key={column.header}
                  className={cx(
                    'px-3 py-2.5 sm:px-4',
                    column.numeric && 'text-right whitespace-nowrap tabular-nums',
                    column.wide && 'hidden sm:table-cell',
                  )}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** A figure or `—` with the reason in a tooltip (and for screen readers). */
export function Figure({
  value,
  reason,
  format,
}: {
  value: number | null;
  reason?: string | null;
  format: (n: number) => string;
}) {
  const { t } = useI18n();
  if (value !== null) return <>{format(value)}</>;
  const why = t(reasonKey(reason));
  return (
    <span title={why} className="text-slate-400">
      {DASH}
      <span className="sr-only"> ({why})</span>
    </span>
  );
}
