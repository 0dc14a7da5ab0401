import { formatCount, formatMoney, formatPercent } from '../../dashboards/lib/figures';
import { fill, useInsightLabels } from '../lib/labels';
import type { InventoryStatus, ProductsSection, Quadrant } from '../lib/types';
import { MiniTable, SectionCard } from './section-card';

const QUADRANTS: Quadrant[] = ['star', 'cash_cow', 'workhorse', 'dead_stock'];
const STATUSES: InventoryStatus[] = ['hot', 'active', 'slowing', 'cold', 'dead', 'zombie'];

/** Pareto and ABC, the velocity × sales matrix, inventory status and margin health. */
export function ProductSection({ products }: { products: ProductsSection }) {
  const { L } = useInsightLabels();
  const { pareto } = products;
  return (
    <SectionCard id="insights-products" title={L.products}>
      <p className="mb-3 text-sm font-medium text-slate-800" data-testid="pareto">
        {fill(L.pareto, {
          k: formatCount(pareto.products_for_80_pct),
          n: formatCount(pareto.products_with_revenue),
        })}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <MiniTable
          label={L.abc}
          head={[L.abcClass, `${L.count} (${L.byRevenue})`, L.share, L.byMargin]}
          rows={(['A', 'B', 'C'] as const).map((abc) => [
            abc,
            formatCount(products.abc_revenue.counts[abc]),
            formatPercent(products.abc_revenue.value_share_pct[abc]),
            products.abc_margin ? formatCount(products.abc_margin.counts[abc]) : '—',
          ])}
        />
        <MiniTable
          label={L.matrix}
          head={[L.matrix, L.count]}
          rows={QUADRANTS.map((q) => [L.quadrants[q], formatCount(products.matrix.counts[q])])}
        />
        <MiniTable
          label={L.status}
          head={[L.status, L.count, L.revenue]}
          rows={STATUSES.map((s) => [
            L.statuses[s],
            formatCount(products.inventory_status[s].products),
            formatMoney(products.inventory_status[s].revenue),
          ])}
        />
        <MiniTable
          label={L.margin}
          head={[L.margin, L.profitGap]}
          rows={[
            [
              formatPercent(products.margin_health.portfolio_margin_pct),
              formatMoney(products.margin_health.profit_gap),
            ],
          ]}
        />
      </div>
    </SectionCard>
  );
}
