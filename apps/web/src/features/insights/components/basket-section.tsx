import { formatCount, formatPercent, formatPercentColumn } from '../../dashboards/lib/figures';
import { fill, useInsightLabels } from '../lib/labels';
import type { BasketsSection } from '../lib/types';
import { MiniTable, SectionCard } from './section-card';

/** Product pairs bought in the same ticket, with support, confidence and lift. */
export function BasketSection({ baskets }: { baskets: BasketsSection }) {
  const { L } = useInsightLabels();
  return (
    <SectionCard id="insights-baskets" title={L.baskets}>
      <p className="mb-3 text-sm text-slate-700">
        {fill(L.multi, { pct: formatPercent(baskets.multi_product_ticket_pct).replace(' %', '') })}
      </p>
      {baskets.pairs.length === 0 ? (
        <p className="text-sm text-slate-600">{L.noPairs}</p>
      ) : (
        <MiniTable
          label={L.baskets}
          head={[L.pair, L.tickets, L.support, L.confidence, L.lift]}
          rows={baskets.pairs
            .slice(0, 20)
            .map((p) => [
              `${p.name_a || p.product_a} + ${p.name_b || p.product_b}`,
              formatCount(p.tickets),
              formatPercentColumn(p.support_pct),
              formatPercentColumn(p.confidence_a_to_b_pct),
              p.lift.toLocaleString('es-CL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
            ])}
        />
      )}
    </SectionCard>
  );
}
