import { customerLabel } from '@ayni/contracts';
import { formatCount, formatMoney, formatPercent, formatPercentColumn } from '../../dashboards/lib/figures';
import { fill, useInsightLabels } from '../lib/labels';
import type { CustomersSection } from '../lib/types';
import { MiniTable, SectionCard } from './section-card';
import { SegmentsChart } from './segments-chart';

/** Months of retention shown per cohort. */
const COHORT_MONTHS = 6;

/** RFM segments with options, cohorts, churn and value; basket sizes without customer ids. */
export function CustomerSection({ customers }: { customers: CustomersSection }) {
  const { L, language } = useInsightLabels();
  if (!customers.available) {
    return (
      <SectionCard id="insights-customers" title={L.customers}>
        <p className="mb-3 text-sm text-slate-600">{L.noCustomers}</p>
        <MiniTable
          label={L.tickets}
          head={[L.segment, L.tickets, L.share, L.avgTicket]}
          rows={(customers.basket_sizes ?? []).map((s) => [
            L.basketSizes[s.segment as keyof typeof L.basketSizes] ?? s.segment,
            formatCount(s.tickets),
            formatPercentColumn(s.ticket_share_pct),
            formatMoney(s.avg_ticket),
          ])}
        />
      </SectionCard>
    );
  }
  const churn = customers.churn;
  const clv = customers.predicted_clv;
  const rule = customers.predicted_clv_rule;
  return (
    <SectionCard id="insights-customers" title={L.customers}>
      <dl className="mb-4 grid grid-cols-2 gap-3 text-sm md:grid-cols-4">
        <Figure
          label={fill(L.churned, { days: churn?.churn_days ?? 90 })}
          value={formatCount(churn?.churned_customers)}
        />
        <Figure label={L.atRisk} value={formatCount(churn?.at_risk_customers)} />
        <Figure
          label={L.concentration}
          value={formatPercent(customers.concentration?.top_20_pct_revenue_share_pct)}
        />
        <Figure label={L.clvMean} value={formatMoney(customers.historical_clv?.mean)} />
      </dl>
      <p className="mb-3 text-sm text-slate-700" data-testid="clv">
        {clv
          ? `${fill(L.clvPredicted, { weeks: clv.horizon_weeks })}: ${formatMoney(clv.total_predicted_value)}`
          : fill(L.clvNull, {
              customers: rule?.min_customers ?? 100,
              repeat: rule?.min_repeat_customers ?? 50,
            })}
      </p>
      <SegmentsChart segments={customers.rfm_segments ?? []} />
      <MiniTable
        label={L.rfm}
        head={[L.segment, L.customers, L.share, L.actions]}
        rows={(customers.rfm_segments ?? [])
          .filter((s) => s.customers > 0)
          .map((s) => [
            s.name[language],
            formatCount(s.customers),
            formatPercentColumn(s.revenue_share_pct),
            s.actions.map((a) => a[language]).join(' '),
          ])}
      />
      {clv && clv.top_customers.length > 0 && (
        <div className="mt-4">
          <MiniTable
            label={L.clvTop}
            head={[L.customer, L.historical, L.expected, L.alive]}
            rows={clv.top_customers
              .slice(0, 10)
              .map((c) => [
                customerLabel(c.customer_id),
                formatMoney(c.historical_value),
                formatMoney(c.predicted_value),
                formatPercentColumn(c.probability_alive * 100),
              ])}
          />
        </div>
      )}
      <div className="mt-4">
        <MiniTable
          label={L.cohorts}
          head={[
            L.cohort,
            L.customers,
            ...Array.from({ length: COHORT_MONTHS }, (_, n) => fill(L.monthN, { n })),
          ]}
          rows={(customers.cohorts ?? [])
            .slice(-12)
            .map((c) => [
              c.cohort,
              formatCount(c.customers),
              ...Array.from({ length: COHORT_MONTHS }, (_, n) => formatPercentColumn(c.retention_pct[n])),
            ])}
        />
      </div>
    </SectionCard>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-lg font-semibold text-slate-900 tabular-nums">{value}</dd>
    </div>
  );
}
