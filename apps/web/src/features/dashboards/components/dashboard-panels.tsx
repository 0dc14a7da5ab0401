import type { MetricGrain, MetricPeriod } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Card } from '../../../components/card';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { breakdownOptions } from '../api/analytics';
import { formatCount, formatMoney, formatPercentColumn } from '../lib/figures';
import type { DateRange } from '../lib/period';
import { BreakdownTable, Figure, shareColumn } from './breakdown-table';
import { HeatmapChart, TrendChart } from './charts';

export interface ViewProps {
  companyId: string;
  range: DateRange;
  grain: MetricGrain;
  trendRows: MetricPeriod[];
}

export function Panel({
  title,
  id,
  children,
  className,
  action,
}: {
  title: string;
  id: string;
  children: ReactNode;
  className?: string;
  /** A control beside the title (e.g. a unit switch). */
  action?: ReactNode;
}) {
  const heading = (
    <h2 id={id} className="px-4 pt-4 pb-3 text-base font-semibold text-slate-900 sm:px-5">
      {title}
    </h2>
  );
  return (
    <Card aria-labelledby={id} className={className ?? 'overflow-hidden'}>
      {action ? (
        <div className="flex flex-wrap items-center justify-between gap-x-2 pe-4 sm:pe-5">
          {heading}
          {/* Wrapped under the title on a phone, it lines up with it. */}
          <div className="ps-4 sm:ps-5">{action}</div>
        </div>
      ) : (
        heading
      )}
      <div className="px-2 pb-3 sm:px-3">{children}</div>
    </Card>
  );
}

/** A breakdown list's query with its loading and error states. */
export function useList<L extends Parameters<typeof breakdownOptions>[1]>(
  companyId: string,
  list: L,
  range: DateRange,
  options: { sort?: string; pageSize?: number; unit?: string } = {},
) {
  return useQuery({ ...breakdownOptions(companyId, list, range, options) });
}

export function ListState({
  query,
  children,
}: {
  query: { isPending: boolean; error: unknown; refetch: () => unknown; isFetching: boolean };
  children: ReactNode;
}) {
  const i18n = useI18n();
  if (query.error) {
    return (
      <ErrorState
        message={errorMessage(query.error, i18n)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (query.isPending) {
    return (
      <div className="space-y-2 p-2" aria-hidden="true">
        {['a', 'b', 'c', 'd'].map((key) => (
          <Skeleton key={key} className="h-7 w-full" />
        ))}
      </div>
    );
  }
  return <>{children}</>;
}

export function Categories({
  companyId,
  range,
  finance = false,
}: {
  companyId: string;
  range: DateRange;
  finance?: boolean;
}) {
  const { t } = useI18n();
  const query = useList(companyId, 'categories', range, {
    sort: finance ? '-gross_margin' : '-revenue',
    // Categories without costs sort last: room for them, so no share of sales goes unlisted.
    pageSize: finance ? 20 : 8,
  });
  const title = t(finance ? 'dashboards.top.categoryMargin' : 'dashboards.top.categories');
  const name = (category: string | null) => category ?? t('dashboards.top.noCategory');
  return (
    <Panel title={title} id={finance ? 'categories-margin' : 'categories'}>
      <ListState query={query}>
        <BreakdownTable
          testId={finance ? 'category-margins' : 'top-categories'}
          caption={title}
          rows={query.data?.data ?? []}
          rowKey={(row, index) => `${row.category ?? ''}-${index}`}
          columns={
            finance
              ? [
                  { header: t('dashboards.top.category'), cell: (row) => name(row.category) },
                  {
                    header: t('dashboards.top.revenue'),
                    numeric: true,
                    cell: (row) => formatMoney(row.revenue),
                  },
                  {
                    header: t('dashboards.top.marginAmount'),
                    numeric: true,
                    wide: true,
                    cell: (row) => (
                      <Figure value={row.gross_margin} reason={row.nulls.gross_margin} format={formatMoney} />
                    ),
                  },
                  {
                    header: t('dashboards.top.margin'),
                    numeric: true,
                    cell: (row) => (
                      <Figure
                        value={row.margin_pct}
                        reason={row.nulls.margin_pct}
                        format={formatPercentColumn}
                      />
                    ),
                  },
                  {
                    header: t('dashboards.top.coverage'),
                    numeric: true,
                    wide: true,
                    cell: (row) => (
                      <Figure
                        value={row.cost_coverage_pct}
                        reason={row.nulls.cost_coverage_pct}
                        format={formatPercentColumn}
                      />
                    ),
                  },
                ]
              : [
                  { header: t('dashboards.top.category'), cell: (row) => name(row.category) },
                  {
                    header: t('dashboards.top.revenue'),
                    numeric: true,
                    cell: (row) => formatMoney(row.revenue),
                  },
                  shareColumn(t('dashboards.top.share')),
                ]
          }
        />
      </ListState>
    </Panel>
  );
}

export function Branches({ companyId, range }: { companyId: string; range: DateRange }) {
  const { t } = useI18n();
  const query = useList(companyId, 'locations/sales', range, { pageSize: 10 });
  const title = t('dashboards.top.branches');
  return (
    <Panel title={title} id="branches">
      <ListState query={query}>
        <BreakdownTable
          testId="branches"
          caption={title}
          rows={query.data?.data ?? []}
          rowKey={(row, index) => `${row.location ?? ''}-${index}`}
          columns={[
            {
              header: t('dashboards.top.branch'),
              cell: (row) => row.location ?? t('dashboards.top.noBranch'),
            },
            { header: t('dashboards.top.revenue'), numeric: true, cell: (row) => formatMoney(row.revenue) },
            {
              header: t('dashboards.top.transactions'),
              numeric: true,
              wide: true,
              cell: (row) => formatCount(row.transactions),
            },
            {
              header: t('dashboards.top.avgTicket'),
              numeric: true,
              cell: (row) => (
                <Figure value={row.avg_ticket} reason={row.nulls.avg_ticket} format={formatMoney} />
              ),
            },
          ]}
        />
      </ListState>
    </Panel>
  );
}

export function Heatmap({ companyId, range }: { companyId: string; range: DateRange }) {
  const { t } = useI18n();
  const query = useList(companyId, 'hours', range, { sort: 'weekday', pageSize: 168 });
  return (
    <Panel title={t('dashboards.heatmap.title')} id="hours-title" className="overflow-hidden lg:col-span-2">
      <ListState query={query}>
        <HeatmapChart cells={query.data?.data ?? []} range={range} />
      </ListState>
    </Panel>
  );
}

export function Trend({ field, ...props }: ViewProps & { field: 'revenue' | 'transactions' }) {
  const { t } = useI18n();
  return (
    <Panel
      title={t(field === 'revenue' ? 'dashboards.trend.revenue' : 'dashboards.trend.transactions')}
      id={`trend-${field}-title`}
      className="overflow-hidden lg:col-span-2"
    >
      <TrendChart rows={props.trendRows} range={props.range} grain={props.grain} field={field} />
    </Panel>
  );
}
