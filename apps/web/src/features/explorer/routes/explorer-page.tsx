import type { MyCompany } from '@ayni/contracts';
import { sortRows } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { AnalyticsDisclaimer } from '../../../components/analytics-disclaimer';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import { Tabs } from '../../../components/tabs';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import {
  type ExplorerRow,
  explorerKeys,
  exportPath,
  getCatalog,
  getLevelPage,
  getLocationNames,
  getMetrics,
} from '../api/explorer';
import { BranchFilter } from '../components/branch-filter';
import { DetailPanel, type DetailTarget } from '../components/detail-panel';
import { ExportMenu } from '../components/export-menu';
import { LevelChart } from '../components/level-chart';
import { LevelTable } from '../components/level-table';
import { Pager } from '../components/pager';
import { RangeFilter } from '../components/range-filter';
import { useColumns } from '../hooks/use-columns';
import {
  EXPLORER_LEVELS,
  type ExplorerLevel,
  isMetricLevel,
  isValidSort,
  LEVELS,
  type ListLevel,
  sortFieldOf,
} from '../lib/levels';

export const EXPLORER_PAGE_SIZE = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `/c/:companyId/explore/:level`: one level of the company's figures as a table. */
export function ExplorerPage({ company, level }: { company: MyCompany; level: ExplorerLevel }) {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [target, setTarget] = useState<DetailTarget | null>(null);
  const config = LEVELS[level];

  const param = (name: string) => params.get(name) ?? '';
  const from = DATE.test(param('from')) ? param('from') : '';
  const to = DATE.test(param('to')) ? param('to') : '';
  const rangeValid = !(from && to && from > to);
  const sort = isValidSort(level, param('sort')) ? param('sort') : config.defaultSort;
  const page = Math.max(1, Number.parseInt(param('page'), 10) || 1);
  const range = { from: from || undefined, to: to || undefined };
  // The branch filter applies to the period levels (`/metrics?location=`).
  const location = isMetricLevel(level) ? param('location') : '';

  const update = (changes: Record<string, string | number | null>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      },
      { replace: true },
    );
  };

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
  const metricsRange = { ...range, location: location || undefined };
  const metrics = useQuery({
    queryKey: explorerKeys.metrics(
      company.id,
      isMetricLevel(level) ? level : 'month',
      range.from,
      range.to,
      metricsRange.location,
    ),
    queryFn: ({ signal }) =>
      getMetrics(company.id, isMetricLevel(level) ? level : 'month', metricsRange, signal),
    enabled: isMetricLevel(level) && rangeValid,
    // Keep the rows on screen while a new range loads, never another grain's.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[3] === level ? previous : undefined,
  });
  const listQuery = { ...range, sort, page, pageSize: EXPLORER_PAGE_SIZE };
  const list = useQuery({
    queryKey: explorerKeys.list(company.id, level as ListLevel, listQuery),
    queryFn: ({ signal }) => getLevelPage(company.id, level as ListLevel, listQuery, signal),
    enabled: !isMetricLevel(level) && rangeValid,
    // Keep the page on screen while the next page or sort loads, never another level's.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === level ? previous : undefined,
  });
  const query = isMetricLevel(level) ? metrics : list;

  // Metrics come whole: sorted and paged here. Lists come sorted and paged by the API.
  let rows: ExplorerRow[] | undefined;
  let paging: { page: number; pageSize: number; total: number } | null = null;
  if (isMetricLevel(level) && metrics.data) {
    const sorted = sortRows(metrics.data.rows, sort);
    rows = sorted.slice((page - 1) * EXPLORER_PAGE_SIZE, page * EXPLORER_PAGE_SIZE);
    paging = { page, pageSize: EXPLORER_PAGE_SIZE, total: sorted.length };
  } else if (!isMetricLevel(level) && list.data) {
    rows = list.data.rows;
    const meta = list.data.page;
    paging = meta ? { page: meta.page, pageSize: meta.page_size, total: meta.total } : null;
  }
  const columns = useColumns(level, rows, catalog.data);
  const meta = query.data?.meta;
  const levelLabel = t(`explorer.level.${level}`);
  const emptyId =
    level === 'category'
      ? t('explorer.noCategory')
      : level === 'location'
        ? t('explorer.noLocation')
        : undefined;

  const exportView = {
    ...metricsRange,
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
  } else {
    content = (
      <div className="space-y-3" aria-busy={query.isFetching || undefined}>
        <div className="rounded-xl bg-white p-3 ring-1 ring-slate-200">
          <LevelChart
            rows={isMetricLevel(level) ? (metrics.data?.rows ?? []) : rows}
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
          disabled={!rows || rows.length === 0}
          pathOf={(choice) => exportPath(company.id, level, choice, exportView)}
        />
      </div>
      <Tabs
        label={t('explorer.levels')}
        tabs={EXPLORER_LEVELS.map((key) => ({ key, label: t(`explorer.level.${key}`) }))}
        selected={level}
        onSelect={(next) => {
          const search = new URLSearchParams();
          if (from) search.set('from', from);
          if (to) search.set('to', to);
          if (location && isMetricLevel(next)) search.set('location', location);
          const query = search.toString();
          navigate(`/c/${company.id}/explore/${next}${query ? `?${query}` : ''}`);
        }}
      >
        <div className="space-y-4">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div className="flex flex-wrap items-end gap-3">
              <RangeFilter from={from} to={to} onChange={(next) => update({ ...next, page: null })} />
              {isMetricLevel(level) && (branches.data?.length ?? 0) > 0 && (
                <BranchFilter
                  branches={branches.data ?? []}
                  value={location}
                  onChange={(next) => update({ location: next, page: null })}
                />
              )}
            </div>
            <div className="text-xs text-slate-500">
              {meta?.period?.from && meta.period.to && !isMetricLevel(level) && level !== 'customer' ? (
                <p>
                  {t('explorer.range.months', {
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
          {content}
        </div>
      </Tabs>
      {target && (
        <DetailPanel
          companyId={company.id}
          target={target}
          range={range}
          catalog={catalog.data}
          onClose={() => setTarget(null)}
        />
      )}
      <AnalyticsDisclaimer />
    </div>
  );
}
