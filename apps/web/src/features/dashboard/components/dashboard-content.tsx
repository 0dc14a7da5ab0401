import type { DashboardSummary } from '@ayni/contracts';
import { Card } from '../../../components/card';
import { cx } from '../../../components/cx';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { KpiGrid } from './kpi-grid';
import { RevenueChart } from './revenue-chart';
import { TopProductsTable } from './top-products-table';

export function hasSales(summary: DashboardSummary): boolean {
  return summary.by_month.length > 0 || summary.kpis.tickets > 0 || summary.top_products.length > 0;
}

/** KPI cards, the monthly chart and the top products for one loaded summary. */
export function DashboardContent({ summary, updating }: { summary: DashboardSummary; updating: boolean }) {
  const { t } = useI18n();
  return (
    <div aria-busy={updating} className={cx('space-y-6 transition-opacity', updating && 'opacity-60')}>
      <KpiGrid kpis={summary.kpis} />
      <div className="grid gap-6 xl:grid-cols-5 xl:items-start">
        <Card aria-labelledby="revenue-chart-title" className="p-5 xl:col-span-3">
          <h2 id="revenue-chart-title" className="mb-4 text-base font-semibold text-slate-900">
            {t('dashboard.chart.title')}
          </h2>
          <RevenueChart data={summary.by_month} />
        </Card>
        <Card aria-labelledby="top-products-title" className="overflow-hidden xl:col-span-2">
          <h2 id="top-products-title" className="px-5 pt-5 pb-4 text-base font-semibold text-slate-900">
            {t('dashboard.top.title')}
          </h2>
          <TopProductsTable products={summary.top_products} />
        </Card>
      </div>
    </div>
  );
}
