import type { CatalogFeature, ExplorerFilters, HourCellFigures } from '@ayni/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { useLevelRows } from '../hooks/use-level-rows';
import type { ExplorerLevel } from '../lib/levels';
import type { DetailTarget } from './detail-panel';
import { HOUR_GRID_FIGURES, HourGrid, type HourGridFigure } from './hour-grid';
import { LevelRowsView } from './level-rows-view';

interface ExplorerContentProps {
  level: ExplorerLevel;
  rangeValid: boolean;
  levelRows: ReturnType<typeof useLevelRows>;
  catalog: UseQueryResult<CatalogFeature[]>;
  sort: string;
  filters: ExplorerFilters;
  /** Changes the URL's parameters (null removes one). */
  update: (changes: Record<string, string | number | null>) => void;
  onOpen: (target: DetailTarget) => void;
}

/** Below the filters: an error, the loading rows, an empty note, the hour grid or the level's rows. */
export function ExplorerContent({
  level,
  rangeValid,
  levelRows,
  catalog,
  sort,
  filters,
  update,
  onOpen,
}: ExplorerContentProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { query, rows, periodRows, paging } = levelRows;

  if (!rangeValid) return null;
  if ((query.error && !query.data) || (catalog.error && !catalog.data)) {
    const error = query.error ?? catalog.error;
    return (
      <ErrorState
        message={errorMessage(error, i18n)}
        onRetry={() => {
          void query.refetch();
          void catalog.refetch();
        }}
        retrying={query.isFetching || catalog.isFetching}
      />
    );
  }
  if (!rows || !catalog.data) {
    return (
      <div role="status" aria-label={t('explorer.table.loading')} className="space-y-2">
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-10 w-full" />
      </div>
    );
  }
  if (rows.length === 0) {
    return <EmptyState title={t('explorer.empty.title')} description={t('explorer.empty.body')} />;
  }
  if (level === 'hour') {
    // The grid shows the figure it is sorted by (an Ask link sorts it by the answer's metric).
    const sortField = sort.replace(/^-/, '');
    const gridFigure = HOUR_GRID_FIGURES.find((name) => name === sortField) ?? 'revenue';
    return (
      <div aria-busy={query.isFetching || undefined}>
        <HourGrid
          cells={rows as unknown as HourCellFigures[]}
          filters={filters}
          figure={gridFigure}
          onFigure={(next: HourGridFigure) => update({ sort: next === 'revenue' ? null : `-${next}` })}
        />
      </div>
    );
  }
  return (
    <LevelRowsView
      level={level}
      rows={rows}
      periodRows={periodRows}
      paging={paging}
      catalog={catalog.data}
      sort={sort}
      busy={query.isFetching}
      onSort={(next) => update({ sort: next, page: null })}
      onPage={(next) => update({ page: next })}
      onOpen={onOpen}
    />
  );
}
