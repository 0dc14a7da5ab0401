import { customerLabel } from '@ayni/contracts';
import { cx } from '../../../components/cx';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { ExplorerRow } from '../api/explorer';
import type { Column } from '../hooks/use-columns';
import { useFormatWords } from '../hooks/use-columns';
import { isNumericFormat } from '../lib/format-value';
import { ValueCell } from './value-cell';

const TH = 'px-3 py-2.5 text-xs font-semibold tracking-wide whitespace-nowrap text-slate-500 uppercase';

export interface LevelTableProps {
  label: string;
  columns: Column[];
  rows: ExplorerRow[];
  /** `field` or `-field`. */
  sort: string;
  /** The sort field of a column, or null when it cannot be sorted. */
  sortFieldOf: (column: string) => string | null;
  onSort: (sort: string) => void;
  idColumn: string;
  /** Rows open a detail panel. */
  onOpen?: (row: ExplorerRow) => void;
  /** What an empty id cell shows (e.g. "(sin categoría)"). */
  emptyId?: string;
}

/** The level's rows: sortable headers (tooltip = catalog description), scrolls inside itself. */
export function LevelTable({
  label,
  columns,
  rows,
  sort,
  sortFieldOf,
  onSort,
  idColumn,
  onOpen,
  emptyId,
}: LevelTableProps) {
  const { t } = useI18n();
  const words = useFormatWords();
  const descending = sort.startsWith('-');
  const sorted = descending ? sort.slice(1) : sort;

  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
      className="max-h-[70vh] overflow-auto rounded-xl ring-1 ring-slate-200 focus-visible:outline-2 focus-visible:outline-teal-700"
    >
      <table className="w-full bg-white text-sm" data-testid="explorer-table">
        <thead className="sticky top-0 z-10 bg-slate-50">
          <tr>
            {columns.map((column) => {
              const field = sortFieldOf(column.name);
              const active = field !== null && field === sorted;
              const numeric = isNumericFormat(column.format);
              const next = active && descending ? field : `-${field}`;
              return (
                <th
                  key={column.name}
                  scope="col"
                  title={column.description ?? undefined}
                  aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
                  className={cx(TH, numeric ? 'text-right' : 'text-left')}
                >
                  {field === null ? (
                    <span>{column.label}</span>
                  ) : (
                    <button
                      type="button"
                      // Keyboard and screen-reader users get the catalog description too.
                      title={column.description ?? undefined}
                      onClick={() => onSort(next ?? '')}
                      aria-label={`${column.label}. ${t(
                        next?.startsWith('-') ? 'explorer.table.sortDesc' : 'explorer.table.sortAsc',
                        { column: column.label },
                      )}`}
                      className={cx(
                        'inline-flex items-center gap-1 rounded uppercase hover:text-slate-900',
                        'focus-visible:outline-2 focus-visible:outline-teal-700',
                        active && 'text-teal-800',
                      )}
                    >
                      {column.label}
                      <span aria-hidden="true" className={cx('text-[10px]', !active && 'opacity-30')}>
                        {active && !descending ? '▲' : '▼'}
                      </span>
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const id = row[idColumn];
            const name =
              id === null || id === undefined || id === ''
                ? (emptyId ?? '—')
                : idColumn === 'customer_id'
                  ? customerLabel(String(id))
                  : String(id);
            return (
              <tr
                key={name}
                data-testid="explorer-row"
                onClick={onOpen ? () => onOpen(row) : undefined}
                className={cx('hover:bg-slate-50', onOpen && 'cursor-pointer')}
              >
                {columns.map((column) => {
                  const numeric = isNumericFormat(column.format);
                  const value = row[column.name];
                  return (
                    <td
                      key={column.name}
                      className={cx(
                        'px-3 py-2 whitespace-nowrap',
                        numeric ? 'text-right tabular-nums text-slate-800' : 'text-slate-700',
                        column.name === idColumn && 'font-medium text-slate-900',
                      )}
                    >
                      {column.name === idColumn && onOpen ? (
                        <button
                          type="button"
                          onClick={(event) => {
                            event.stopPropagation();
                            onOpen(row);
                          }}
                          aria-label={t('explorer.table.openDetail', { name })}
                          className="rounded text-teal-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700"
                        >
                          {name}
                        </button>
                      ) : column.name === idColumn && (value === null || value === '') ? (
                        <span className="text-slate-500 italic">{name}</span>
                      ) : column.name === idColumn && row.partial === true ? (
                        // A period the data covers only in part (the month in progress): its
                        // figures are not comparable with whole periods.
                        <span title={t('common.partial.title')}>
                          {name}
                          <span className="ml-2 rounded-full bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-800 ring-1 ring-amber-200">
                            {t('common.partial.badge')}
                          </span>
                        </span>
                      ) : (
                        <ValueCell
                          value={value}
                          format={column.format}
                          reason={row.nulls?.[column.name]}
                          words={words}
                          unit={row.unit_type}
                          decimals={column.decimals}
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
