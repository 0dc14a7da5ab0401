import type { DashboardKind } from '@ayni/contracts';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { BenchmarksCard } from '../../benchmarks/components/benchmarks-card';
import { TopInsightsCard } from '../../insights/components/top-insights-card';
import { MacroRevenueOverlay } from '../../macro/components/macro-revenue-overlay';
import type { KpiKey } from '../lib/kpi';
import { CustomersChart, FinanceChart } from './customers-finance-charts';
import { Branches, Categories, Heatmap, Panel, Trend, type ViewProps } from './dashboard-panels';
import { TopProducts } from './top-products';

/** The KPI cards of each dashboard, in order (commissions only when the data has them). */
export const DASHBOARD_KPIS: Record<DashboardKind, readonly KpiKey[]> = {
  owner: ['revenue', 'transactions', 'avg_ticket', 'customers', 'margin'],
  operations: ['transactions', 'avg_ticket', 'revenue'],
  marketing: ['customers', 'new_customers', 'avg_ticket', 'revenue', 'discount'],
  finance: ['revenue', 'margin', 'cost', 'discount', 'commission', 'avg_ticket'],
};

const GRID = 'grid gap-4 sm:gap-6 lg:grid-cols-2 lg:items-start';

export function OwnerView(props: ViewProps) {
  return (
    <div className={GRID}>
      <TopInsightsCard companyId={props.companyId} audience="owner" />
      <Trend field="revenue" {...props} />
      <TopProducts companyId={props.companyId} range={props.range} />
      <Categories companyId={props.companyId} range={props.range} />
      <BenchmarksCard companyId={props.companyId} audience="owner" />
    </div>
  );
}

export function OperationsView(props: ViewProps) {
  return (
    <div className={GRID}>
      <Heatmap companyId={props.companyId} range={props.range} />
      <Trend field="transactions" {...props} />
      <TopProducts companyId={props.companyId} range={props.range} byUnits />
      <Branches companyId={props.companyId} range={props.range} />
      <TopInsightsCard companyId={props.companyId} audience="operations" />
      <BenchmarksCard companyId={props.companyId} audience="operations" />
    </div>
  );
}

export function MarketingView(props: ViewProps) {
  const { t } = useI18n();
  return (
    <div className={GRID}>
      <Panel
        title={t('dashboards.customers.title')}
        id="customers-title"
        className="overflow-hidden lg:col-span-2"
      >
        <CustomersChart rows={props.trendRows} range={props.range} grain={props.grain} />
      </Panel>
      <Categories companyId={props.companyId} range={props.range} />
      <TopProducts companyId={props.companyId} range={props.range} />
      <TopInsightsCard companyId={props.companyId} audience="marketing" />
      <BenchmarksCard companyId={props.companyId} audience="marketing" />
    </div>
  );
}

export function FinanceView(props: ViewProps) {
  const { t } = useI18n();
  return (
    <div className={GRID}>
      <Panel
        title={t('dashboards.finance.title')}
        id="finance-title"
        className="overflow-hidden lg:col-span-2"
      >
        <FinanceChart rows={props.trendRows} range={props.range} grain={props.grain} />
      </Panel>
      <Trend field="revenue" {...props} />
      <Panel title={t('macro.overlay.title')} id="macro-overlay">
        <MacroRevenueOverlay
          companyId={props.companyId}
          rows={props.trendRows}
          range={props.range}
          grain={props.grain}
        />
      </Panel>
      <Categories companyId={props.companyId} range={props.range} finance />
      <TopInsightsCard companyId={props.companyId} audience="finance" />
      <BenchmarksCard companyId={props.companyId} audience="finance" />
    </div>
  );
}

export const VIEWS: Record<DashboardKind, (props: ViewProps) => ReactNode> = {
  owner: OwnerView,
  operations: OperationsView,
  marketing: MarketingView,
  finance: FinanceView,
};
