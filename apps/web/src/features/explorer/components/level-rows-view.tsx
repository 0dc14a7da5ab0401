import type { CatalogFeature } from '@ayni/contracts';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { ExplorerRow } from '../api/explorer';
import { useColumns } from '../hooks/use-columns';
import type { LevelPaging } from '../hooks/use-level-rows';
import { type ExplorerLevel, isMetricLevel, LEVELS, sortFieldOf } from '../lib/levels';
import type { DetailTarget } from './detail-panel';
import { LevelChart } from './level-chart';
import { LevelTable } from './level-table';
import { Pager } from './pager';

interface LevelRowsViewProps {
  level: ExplorerLevel;
  /** The rows on screen (one page). */
  rows: ExplorerRow[];
  /** A period level's every row, charted whole; the lists chart their page. */
  periodRows: ExplorerRow[] | undefined;
  paging: LevelPaging | null;
  catalog: CatalogFeature[];
  sort: string;
  busy: boolean;
  onSort: (sort: string | null) => void;
  onPage: (page: number | null) => void;
  onOpen: (target: DetailTarget) => void;
}

/** A level other than the hours: its chart, its table (sortable, rows open a detail) and pager. */
export function LevelRowsView({
  level,
  rows,
  periodRows,
  paging,
  catalog,
  sort,
  busy,
  onSort,
  onPage,
  onOpen,
}: LevelRowsViewProps) {
  const { t } = useI18n();
  const config = LEVELS[level];
  const columns = useColumns(level, rows, catalog);
  const emptyId =
    level === 'category'
      ? t('explorer.noCategory')
      : level === 'location'
        ? t('explorer.noLocation')
        : undefined;

  return (
    <div className="space-y-3" aria-busy={busy || undefined}>
      <div className="rounded-xl bg-white p-3 ring-1 ring-slate-200">
        <LevelChart
          rows={isMetricLevel(level) ? (periodRows ?? []) : rows}
          idColumn={config.idColumn}
          labelColumn={config.labelColumn}
          kind={isMetricLevel(level) ? 'series' : 'ranking'}
          emptyId={emptyId}
        />
      </div>
      <LevelTable
        label={t('explorer.table.label', { level: t(`explorer.level.${level}`) })}
        columns={columns}
        rows={rows}
        sort={sort}
        sortFieldOf={(column) => sortFieldOf(level, column)}
        onSort={(next) => onSort(next === config.defaultSort ? null : next)}
        idColumn={config.idColumn}
        emptyId={emptyId}
        onOpen={
          config.detail
            ? (row) => {
                const id = row[config.idColumn];
                if (typeof id === 'string' && config.detail) onOpen({ kind: config.detail, id });
              }
            : undefined
        }
      />
      {paging && paging.total > paging.pageSize && (
        <Pager
          page={paging.page}
          pageSize={paging.pageSize}
          total={paging.total}
          onPage={(next) => onPage(next === 1 ? null : next)}
        />
      )}
    </div>
  );
}
