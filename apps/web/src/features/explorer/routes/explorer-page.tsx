import {
  EXPLORER_LEVEL_FILTERS,
  type HourCellFigures,
  isSliced,
  keepWeekdayRows,
  type MyCompany,
  sortRows,
} from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { AnalyticsDisclaimer } from '../../../components/analytics-disclaimer';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import { Tabs } from '../../../components/tabs';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import {
  type ExplorerQuery,
  type ExplorerRow,
  explorerKeys,
  exportPath,
  getCatalog,
  getLevelRows,
  getLocationNames,
} from '../api/explorer';
import { BranchFilter } from '../components/branch-filter';
import { DetailPanel, type DetailTarget } from '../components/detail-panel';
import { ExportMenu } from '../components/export-menu';
import { FilterChips } from '../components/filter-chips';
import { HOUR_GRID_FIGURES, HourGrid, type HourGridFigure } from '../components/hour-grid';
import { LevelChart } from '../components/level-chart';
import { LevelTable } from '../components/level-table';
import { Pager } from '../components/pager';
import { RangeFilter } from '../components/range-filter';
import { useColumns } from '../hooks/use-columns';
import { useExplorerUrl } from '../hooks/use-explorer-url';
import { EXPLORER_LEVELS, type ExplorerLevel, isMetricLevel, LEVELS, sortFieldOf } from '../lib/levels';

export const EXPLORER_PAGE_SIZE = 50;

/** `/c/:companyId/explore/:level`: one level of the company's figures as a table. */
export function ExplorerPage({ company, level }: { company: MyCompany; level: ExplorerLevel }) {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const [target, setTarget] = useState<DetailTarget | null>(null);
  const config = LEVELS[level];
  // The same reading of the URL as Ask's deep links are checked with (contracts' explorer-link).
  const { from, to, rangeValid, sort, page, filters, update, removeFilters, searchFor } =
    useExplorerUrl(level);
  const range = { from: from || undefined, to: to || undefined };
  const location = filters.location ?? '';
  const sliced = isSliced(level, filters);
  const takesBranch = EXPLORER_LEVEL_FILTERS[level].includes('location');

  const catalog = useQuery({
    queryKey: explorerKeys.catalog,
    queryFn: ({ signal }) => getCatalog(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const branches = useQuery({
    queryKey: explorerKeys.locations(company.id),
    queryFn: ({ signal }) => getLocationNames(company.id, signal),
    staleTime: 5 * 60_000,
  });
  // Period levels and the weekday × hour grid come whole: their key is the range alone.
  const levelQuery: ExplorerQuery =
    isMetricLevel(level) || level === 'hour' ? range : { ...range, sort, page, pageSize: EXPLORER_PAGE_SIZE };
  const query = useQuery({
    queryKey: explorerKeys.level(company.id, level, levelQuery, filters),
    queryFn: ({ signal }) => getLevelRows(company.id, level, levelQuery, filters, signal),
    enabled: rangeValid,
    // Keep the rows on screen while a new range, page or sort loads, never another level's.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === level ? previous : undefined,
  });

  let rows: ExplorerRow[] | undefined;
  let paging: { page: number; pageSize: number; total: number } | null = null;
  // The day view keeps the days of the link's weekdays itself, as Ask does.
  const periodRows = query.data && keepWeekdayRows(query.data.rows, filters.weekdays);
  if (isMetricLevel(level) && periodRows) {
    const sorted = sortRows(periodRows, sort);
    rows = sorted.slice((page - 1) * EXPLORER_PAGE_SIZE, page * EXPLORER_PAGE_SIZE);
    paging = { page, pageSize: EXPLORER_PAGE_SIZE, total: sorted.length };
  } else if (query.data) {
    rows = query.data.rows;
    const meta = query.data.page;
    paging = meta ? { page: meta.page, pageSize: meta.page_size, total: meta.total } : null;
  }
  const columns = useColumns(level, rows, catalog.data);
  const meta = query.data?.meta;
  const levelLabel = t(`explorer.level.${level}`);
  const note = rangeNote(level, sliced);
  const emptyId =
    level === 'category'
      ? t('explorer.noCategory')
      : level === 'location'
        ? t('explorer.noLocation')
        : undefined;

  // The grid shows the figure it is sorted by (an Ask link sorts it by the answer's metric).
  const sortField = sort.replace(/^-/, '');
  const gridFigure = HOUR_GRID_FIGURES.find((name) => name === sortField) ?? 'revenue';
  // Exports take a branch on the period levels only; other slices (and the grid) are not exportable yet.
  const exportable = !sliced && level !== 'hour' && filters.weekdays === null;
  const exportView = {
    ...range,
    location: isMetricLevel(level) && location ? location : undefined,
    sort,
    lang: i18n.language,
  };

  let content: React.ReactNode;
  if (!rangeValid) {
    content = null;
  } else if ((query.error && !query.data) || (catalog.error && !catalog.data)) {
    const error = query.error ?? catalog.error;
    content = (
      <ErrorState
        message={errorMessage(error, i18n)}
        onRetry={() => {
          void query.refetch();
          void catalog.refetch();
        }}
        retrying={query.isFetching || catalog.isFetching}
      />
    );
  } else if (!rows || !catalog.data) {
    content = (
      <div role="status" aria-label={t('explorer.table.loading')} className="space-y-2">
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-10 w-full" />
      </div>
    );
  } else if (rows.length === 0) {
    content = <EmptyState title={t('explorer.empty.title')} description={t('explorer.empty.body')} />;
  } else if (level === 'hour') {
    content = (
      <div aria-busy={query.isFetching || undefined}>
        <HourGrid
          cells={rows as unknown as HourCellFigures[]}
          filters={filters}
          figure={gridFigure}
          onFigure={(next: HourGridFigure) => update({ sort: next === 'revenue' ? null : `-${next}` })}
        />
      </div>
    );
  } else {
    content = (
      <div className="space-y-3" aria-busy={query.isFetching || undefined}>
        <div className="rounded-xl bg-white p-3 ring-1 ring-slate-200">
          <LevelChart
            rows={isMetricLevel(level) ? (periodRows ?? []) : rows}
            idColumn={config.idColumn}
            kind={isMetricLevel(level) ? 'series' : 'ranking'}
            emptyId={emptyId}
          />
        </div>
        <LevelTable
          label={t('explorer.table.label', { level: levelLabel })}
          columns={columns}
          rows={rows}
          sort={sort}
          sortFieldOf={(column) => sortFieldOf(level, column)}
          onSort={(next) => update({ sort: next === config.defaultSort ? null : next, page: null })}
          idColumn={config.idColumn}
          emptyId={emptyId}
          onOpen={
            config.detail
              ? (row) => {
                  const id = row[config.idColumn];
                  if (typeof id === 'string' && config.detail) setTarget({ kind: config.detail, id });
                }
              : undefined
          }
        />
        {paging && paging.total > paging.pageSize && (
          <Pager
            page={paging.page}
            pageSize={paging.pageSize}
            total={paging.total}
            onPage={(next) => update({ page: next === 1 ? null : next })}
          />
        )}
      </div>
    );
  }

  return (
    <div className="min-w-0 space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm font-medium text-teal-700">{t('explorer.eyebrow')}</p>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
            {t('explorer.title')}
          </h1>
          <p className="mt-1 max-w-2xl text-sm text-slate-600">{t('explorer.subtitle')}</p>
        </div>
        <ExportMenu
          key={level}
          level={level}
          disabled={!rows || rows.length === 0 || !exportable}
          unavailable={
            sliced || filters.weekdays
              ? t('explorer.filters.exportUnavailable')
              : level === 'hour'
                ? t('explorer.hours.exportUnavailable')
                : undefined
          }
          pathOf={(choice) => exportPath(company.id, level, choice, exportView)}
        />
      </div>
      <Tabs
        label={t('explorer.levels')}
        tabs={EXPLORER_LEVELS.map((key) => ({ key, label: t(`explorer.level.${key}`) }))}
        selected={level}
        onSelect={(next) => {
          // The dates and the filters the next level applies go along.
          navigate(`/c/${company.id}/explore/${next}${searchFor(next)}`);
        }}
      >
        <div className="space-y-4">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div className="flex flex-wrap items-end gap-3">
              <RangeFilter from={from} to={to} onChange={(next) => update({ ...next, page: null })} />
              {takesBranch && (branches.data?.length ?? 0) > 0 && (
                <BranchFilter
                  branches={branches.data ?? []}
                  value={location}
                  onChange={(next) => update({ location: next, page: null })}
                />
              )}
            </div>
            <div className="text-xs text-slate-500">
              {meta?.period?.from && meta.period.to && note ? (
                <p>
                  {t(note, {
                    from: formatDate(meta.period.from),
                    to: formatDate(meta.period.to),
                  })}
                </p>
              ) : null}
              {meta?.data_through && (
                <p>{t('explorer.dataThrough', { date: formatDate(meta.data_through) })}</p>
              )}
            </div>
          </div>
          <FilterChips
            companyId={company.id}
            filters={filters}
            onRemove={(name) => removeFilters([name])}
            onClear={() => removeFilters()}
          />
          {content}
        </div>
      </Tabs>
      {target && (
        <DetailPanel
          companyId={company.id}
          target={target}
          range={range}
          sliced={sliced}
          catalog={catalog.data}
          onClose={() => setTarget(null)}
        />
      )}
      <AnalyticsDisclaimer />
    </div>
  );
}

/**
 * What `meta.period` means: months for the stored lists, exact days for a slice of them, whole
 * periods for a product's or category's series; a company's or branch's periods need no note.
 */
function rangeNote(level: ExplorerLevel, sliced: boolean) {
  if (level === 'customer') return null;
  if (level === 'hour') return 'explorer.range.days';
  if (!isMetricLevel(level)) return sliced ? 'explorer.range.days' : 'explorer.range.months';
  return sliced ? 'explorer.range.periods' : null;
}
