import { formatCount, formatMoney, formatPercentColumn } from '../../dashboards/lib/figures';
import { fill, useInsightLabels } from '../lib/labels';
import type { InventoryStatus, ProductsSection, Quadrant } from '../lib/types';
import { MiniTable, SectionCard } from './section-card';

const QUADRANTS: Quadrant[] = ['star', 'cash_cow', 'workhorse', 'dead_stock'];
const STATUSES: InventoryStatus[] = ['hot', 'active', 'slowing', 'cold', 'dead', 'zombie'];

/** Pareto and ABC, the velocity × sales matrix, inventory status and margin health. */
export function ProductSection({ products }: { products: ProductsSection }) {
  const { L } = useInsightLabels();
  const { pareto, margin_health: marginHealth, abc_margin: abcMargin } = products;
  return (
    <SectionCard id="insights-products" title={L.products}>
      <p className="mb-3 text-sm font-medium text-slate-800" data-testid="pareto">
        {fill(pareto.products_for_80_pct === 1 ? L.paretoOne : L.pareto, {
          k: formatCount(pareto.products_for_80_pct),
          n: formatCount(pareto.products_with_revenue),
        })}
      </p>
      <div className="grid items-start gap-4 md:grid-cols-2">
        <MiniTable
          label={L.abc}
          head={[L.abcClass, `${L.count} (${L.byRevenue})`, L.share, ...(abcMargin ? [L.byMargin] : [])]}
          rows={(['A', 'B', 'C'] as const).map((abc) => [
            abc,
            formatCount(products.abc_revenue.counts[abc]),
            formatPercentColumn(products.abc_revenue.value_share_pct[abc]),
            ...(abcMargin ? [formatCount(abcMargin.counts[abc])] : []),
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
        {marginHealth.portfolio_margin_pct === null ? (
          // Without costs there is no margin, so no gap to it either (the API's gap is then 0).
          <div>
            <p className="border-b border-slate-200 py-1.5 text-xs font-medium text-slate-500">{L.margin}</p>
            <p className="py-1.5 text-sm text-slate-600" data-testid="margin-no-cost">
              {L.noCost}
            </p>
          </div>
        ) : (
          <MiniTable
            label={L.margin}
            head={[L.margin, L.profitGap]}
            rows={[
              [formatPercentColumn(marginHealth.portfolio_margin_pct), formatMoney(marginHealth.profit_gap)],
            ]}
          />
        )}
      </div>
    </SectionCard>
  );
}
