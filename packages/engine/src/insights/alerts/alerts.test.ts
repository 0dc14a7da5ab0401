import { describe, expect, it } from 'vitest';
import type { FeatureLine } from '../../features/types';
import { addDays, at, insightsOf, saleLine } from '../insights.testkit';
import { topInsightsFor } from './rank';

const END = '2025-06-30';

/** One sale a day of `amount` for `days` days ending `endAgo` days before END. */
const daily = (id: string, days: number, amount: number, endAgo = 0, more: Partial<FeatureLine> = {}) =>
  Array.from({ length: days }, (_, i) =>
    saleLine(at(addDays(END, -endAgo - i)), `${id}${i}`, id, 1, amount, more),
  );

const ids = (lines: FeatureLine[], options = {}) => insightsOf(lines, options).alerts.alerts.map((a) => a.id);

describe('alerts', () => {
  it('growth below −10 % vs last year: last 90 days vs the same 90 days a year earlier', () => {
    // 500 days at 1000 a day, then the last 90 at 700: −30 % (critical beyond −20 %).
    const lines = [...daily('P', 90, 700), ...daily('P', 410, 1000, 90)];
    const alert = insightsOf(lines).alerts.alerts.find((a) => a.id === 'alert.growth_down');
    expect(alert?.numbers).toEqual({ recent: 63_000, previous: 90_000, change_pct: -30 });
    expect(alert?.severity).toBe('critical');
    // −5 %: no alert.
    expect(ids([...daily('P', 90, 950), ...daily('P', 410, 1000, 90)])).not.toContain('alert.growth_down');
  });

  it('no growth alert without a year of history (null, not a guess)', () => {
    expect(ids(daily('P', 200, 100))).not.toContain('alert.growth_down');
  });

  it('margin below the company threshold', () => {
    const lines = daily('P', 10, 1000, 0, { costTotal: 800 });
    const alert = insightsOf(lines, { marginAlertPct: 25 }).alerts.alerts.find(
      (a) => a.id === 'alert.margin_below_threshold',
    );
    expect(alert?.numbers).toEqual({ margin_pct: 20, threshold_pct: 25 });
    expect(alert?.severity).toBe('warning');
    expect(ids(lines, { marginAlertPct: 15 })).not.toContain('alert.margin_below_threshold');
  });

  it('product concentration above 80 % in the top 20 %', () => {
    // 10 products: one sells 9000, nine sell 100 → the top 2 make 9100 of 9900 = 91.9 %.
    const lines = [saleLine(at(END), 'big', 'BIG', 1, 9000)];
    for (let i = 0; i < 9; i++) lines.push(saleLine(at(END), `s${i}`, `S${i}`, 1, 100));
    const alert = insightsOf(lines).alerts.alerts.find((a) => a.id === 'alert.product_concentration');
    expect(alert?.numbers.top_20_pct_revenue_share_pct).toBe(91.92);
  });

  it('dead stock: products without sales for over 90 days, with no made-up stock value', () => {
    const lines = [saleLine(at(END), 'a', 'A', 1, 100), saleLine(at(addDays(END, -120)), 'b', 'B', 1, 100)];
    const alert = insightsOf(lines).alerts.alerts.find((a) => a.id === 'alert.dead_stock');
    expect(alert?.numbers).toMatchObject({
      dead_products: 1,
      share_of_products_pct: 50,
      stock_value: null,
      stock_value_null_reason: 'NO_STOCK_DATA',
    });
  });

  it('churn rising against 30 days earlier', () => {
    // 20 customers, churn at 60 days: ten keep buying, ten stop after END−70.
    const lines: FeatureLine[] = [];
    for (let i = 0; i < 10; i++) {
      // Stayed: bought 100 and 50 days ago and 10 days ago.
      for (const ago of [100, 50, 10])
        lines.push(saleLine(at(addDays(END, -ago)), `k${i}-${ago}`, 'P', 1, 100, { customerId: `k${i}` }));
      // Left after 100 and 70 days ago: 30 days ago they were still active (70 within 60 days of END−30).
      for (const ago of [100, 70])
        lines.push(saleLine(at(addDays(END, -ago)), `l${i}-${ago}`, 'P', 1, 100, { customerId: `l${i}` }));
    }
    const insights = insightsOf(lines, { churnDays: 60 });
    const churn = insights.customers?.available ? insights.customers.churn : null;
    // Now: base = bought in [END−119, END−60] = all 20; lost = no purchase in [END−59, END] = the 10 l's → 50 %.
    // 30 days earlier: base = bought in [END−149, END−90] = all 20; none lost (l's bought at END−70) → 0 %.
    expect(churn?.churn_rate_pct).toBe(50);
    expect(churn?.churn_rate_30_days_earlier_pct).toBe(0);
    expect(insights.alerts.alerts.find((a) => a.id === 'alert.churn_rising')?.numbers.rise_points).toBe(50);
  });

  it('top insights per role: most severe first', () => {
    const lines = [
      ...daily('P', 90, 700, 0, { costTotal: 600 }),
      ...daily('P', 410, 1000, 90, { costTotal: 600 }),
    ];
    const ranked = insightsOf(lines).alerts.ranked;
    const top = topInsightsFor(ranked, 'owner', 3);
    expect(top[0]?.id).toBe('alert.growth_down');
    expect(top.length).toBeLessThanOrEqual(3);
    expect(topInsightsFor(ranked, 'marketing', 3).every((i) => i.audiences.includes('marketing'))).toBe(true);
  });
});
