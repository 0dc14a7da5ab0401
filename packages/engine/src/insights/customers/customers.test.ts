import { describe, expect, it } from 'vitest';
import type { FeatureLine } from '../../features/types';
import { addDays, at, insightsOf, saleLine } from '../insights.testkit';
import type { CustomerInsights } from './customer-insights';

const END = '2025-06-30';

/** `purchases` tickets of 1000 on consecutive days ending `lastAgo` days before END. */
function customer(id: string, lastAgo: number, purchases: number): FeatureLine[] {
  return Array.from({ length: purchases }, (_, j) =>
    saleLine(at(addDays(END, -lastAgo - j)), `${id}-${j}`, 'P', 1, 1000, { customerId: id }),
  );
}

const customersOf = (lines: FeatureLine[], churnDays = 90) =>
  insightsOf(lines, { churnDays }).customers as CustomerInsights;

describe('customers: RFM segments known by construction', () => {
  // 15 customers, recency 0, 3, …, 42 days: R = 5,5,5,4,4,4,…,1,1,1. Frequencies are 1…15 once
  // each, so F = 1 + ⌊(v − 1)/3⌋. Each (R, F) names its segment.
  const spec: [number, string][] = [
    [15, 'champions'],
    [1, 'new_customers'],
    [13, 'champions'],
    [2, 'promising'],
    [4, 'potential_loyalists'],
    [10, 'loyal'],
    [7, 'need_attention'],
    [3, 'about_to_sleep'],
    [11, 'loyal'],
    [8, 'at_risk'],
    [14, 'cant_lose'],
    [5, 'hibernating'],
    [12, 'at_risk'],
    [6, 'hibernating'],
    [9, 'at_risk'],
  ];
  const lines = spec.flatMap(([purchases], k) => customer(`c${k}`, 3 * k, purchases));
  const insights = customersOf(lines, 30);

  it('puts every customer in its segment', () => {
    const counts = Object.fromEntries(insights.rfm_segments.map((s) => [s.segment, s.customers]));
    const expected: Record<string, number> = {};
    for (const [, segment] of spec) expected[segment] = (expected[segment] ?? 0) + 1;
    expect(counts).toEqual({
      champions: 2,
      loyal: 2,
      potential_loyalists: 1,
      new_customers: 1,
      promising: 1,
      need_attention: 1,
      about_to_sleep: 1,
      at_risk: 3,
      cant_lose: 1,
      hibernating: 2,
    });
    expect(counts).toEqual(expected);
  });

  it("gives each segment's revenue share and Spanish name", () => {
    // Revenue = 1000 × purchases; all purchases sum to 120 × 1000. Champions: 15 + 13 = 28.
    const champions = insights.rfm_segments.find((s) => s.segment === 'champions');
    expect(champions?.revenue).toBe(28_000);
    expect(champions?.revenue_share_pct).toBe(23.33);
    expect(champions?.name.es).toBe('Campeones');
    expect(champions?.actions.length).toBeGreaterThan(0);
  });

  it('churned (≥ churn days without buying) and at risk (≥ half of it)', () => {
    // churn_days 30: recency 30, 33, 36, 39, 42 churned; 15 … 27 at risk.
    expect(insights.churn.churned_customers).toBe(5);
    expect(insights.churn.at_risk_customers).toBe(5);
    expect(insights.churn.churned_share_pct).toBe(33.33);
    // Listed by sales: c10 (14 purchases) first among the churned; c6 (7) first among those at risk.
    expect(insights.churn.top_churned.map((c) => c.customer_id)).toEqual(['c10', 'c12', 'c14', 'c13', 'c11']);
    expect(insights.churn.top_at_risk[0]).toEqual({
      customer_id: 'c8',
      revenue: 11_000,
      days_since_last_purchase: 24,
    });
  });

  it('profiles the best customers', () => {
    expect(insights.profiles[0]).toMatchObject({
      customer_id: 'c0',
      revenue: 15_000,
      purchases: 15,
      avg_ticket: 1000,
      favorite_product: 'P',
    });
  });
});

describe('customers: concentration, cohorts, new vs returning', () => {
  it('share of revenue from the top 20 % of customers', () => {
    const lines = [saleLine(at(END), 'big', 'P', 1, 9000, { customerId: 'big' })];
    for (let i = 0; i < 9; i++) lines.push(saleLine(at(END), `t${i}`, 'P', 1, 100, { customerId: `s${i}` }));
    const c = customersOf(lines);
    // Top 2 of 10: 9000 + 100 of 9900.
    expect(c.concentration).toEqual({ top_20_pct_customers: 2, top_20_pct_revenue_share_pct: 91.92 });
  });

  it('cohort retention: first-purchase month × months since', () => {
    const buy = (id: string, date: string) =>
      saleLine(at(date), `${id}${date}`, 'P', 1, 100, { customerId: id });
    // Jan cohort: A and B; A buys again in Feb and Mar, B never. Feb cohort: C, back in Mar.
    const lines = [
      buy('A', '2025-01-10'),
      buy('A', '2025-02-10'),
      buy('A', '2025-03-05'),
      buy('B', '2025-01-20'),
      buy('C', '2025-02-15'),
      buy('C', '2025-03-20'),
    ];
    const c = customersOf(lines);
    expect(c.cohorts).toEqual([
      { cohort: '2025-01', customers: 2, retention_pct: [100, 50, 50] },
      { cohort: '2025-02', customers: 1, retention_pct: [100, 100] },
    ]);
    expect(c.new_vs_returning).toEqual([
      { month: '2025-01', new_customers: 2, returning_customers: 0 },
      { month: '2025-02', new_customers: 1, returning_customers: 1 },
      { month: '2025-03', new_customers: 0, returning_customers: 2 },
    ]);
  });

  it('without customer ids: says so and segments baskets by size', () => {
    const lines = [
      saleLine(at(END), 'T1', 'A', 1, 100),
      saleLine(at(END), 'T2', 'A', 1, 100),
      saleLine(at(END), 'T2', 'B', 1, 300),
    ];
    const c = insightsOf(lines).customers;
    expect(c).toMatchObject({ available: false, null_reason: 'NO_CUSTOMER_DATA' });
    if (c?.available !== false) throw new Error('expected no customer data');
    expect(c.basket_sizes.slice(0, 2)).toEqual([
      {
        segment: 'single',
        tickets: 1,
        ticket_share_pct: 50,
        revenue: 100,
        revenue_share_pct: 20,
        avg_ticket: 100,
      },
      {
        segment: 'small',
        tickets: 1,
        ticket_share_pct: 50,
        revenue: 400,
        revenue_share_pct: 80,
        avg_ticket: 400,
      },
    ]);
  });
});

describe('customers: predicted CLV', () => {
  it('is null with a reason below the minimum of repeat customers', () => {
    const lines = Array.from({ length: 120 }, (_, i) => customer(`c${i}`, i % 60, i < 40 ? 2 : 1)).flat();
    const c = customersOf(lines);
    expect(c.predicted_clv).toBeNull();
    expect(c.nulls.predicted_clv).toBe('NOT_ENOUGH_REPEAT_CUSTOMERS');
    expect(c.predicted_clv_rule).toEqual({ min_customers: 100, min_repeat_customers: 50 });
  });

  it('fits above it: recent frequent buyers are alive and worth more', () => {
    // 200 customers over a year: half buy every ~2 weeks up to the end, half stopped months ago.
    const lines: FeatureLine[] = [];
    for (let i = 0; i < 200; i++) {
      const active = i % 2 === 0;
      const visits = 3 + (i % 7);
      const lastAgo = active ? i % 5 : 150 + (i % 40);
      for (let j = 0; j < visits; j++) {
        lines.push(
          saleLine(
            at(addDays(END, -lastAgo - 14 * j)),
            `c${i}-${j}`,
            'P',
            1,
            1000 + (i % 13) * 100 + (j % 3) * 300,
            { customerId: `c${i}` },
          ),
        );
      }
    }
    const clv = customersOf(lines).predicted_clv;
    expect(clv).not.toBeNull();
    expect(clv?.gamma_gamma).not.toBeNull();
    const top = clv?.top_customers ?? [];
    // The listed (most valuable) customers are the active ones, nearly surely alive.
    expect(top.slice(0, 10).every((c) => Number(c.customer_id.slice(1)) % 2 === 0)).toBe(true);
    expect(top[0]?.probability_alive).toBeGreaterThan(0.85);
  });
});
