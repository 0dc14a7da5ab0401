import { describe, expect, it } from 'vitest';
import { addDays, at, insightsOf, saleLine } from '../insights.testkit';

const END = '2025-06-30';

describe('products: Pareto and ABC', () => {
  // Revenues 500, 200, 100, 80, 40, 30, 20, 15, 10, 5 (total 1000): cumulative 50, 70, 80 | 88,
  // 92, 95 | 97, 98.5, 99.5, 100 → A = P1–P3, B = P4–P6, C = P7–P10; 3 products make 80 %.
  const revenues = [500, 200, 100, 80, 40, 30, 20, 15, 10, 5];
  const lines = revenues.map((revenue, i) =>
    saleLine(at(END), `T${i}`, `P${i + 1}`, 1, revenue, { costTotal: i < 5 ? revenue / 2 : revenue }),
  );
  const products = insightsOf(lines).products;

  it('counts the products that make 80 % of revenue', () => {
    expect(products?.pareto).toEqual({
      products_with_revenue: 10,
      products_for_80_pct: 3,
      share_of_products_pct: 30,
      top_20_pct_revenue_share_pct: 70,
    });
  });

  it('classes A ≤ 80 % cumulative (itself included), B ≤ 95 %, C the rest', () => {
    const abc = Object.fromEntries(products?.products.map((p) => [p.product_id, p.abc_revenue]) ?? []);
    expect(abc).toEqual({
      P1: 'A',
      P2: 'A',
      P3: 'A',
      P4: 'B',
      P5: 'B',
      P6: 'B',
      P7: 'C',
      P8: 'C',
      P9: 'C',
      P10: 'C',
    });
    expect(products?.abc_revenue.counts).toEqual({ A: 3, B: 3, C: 4 });
    expect(products?.abc_revenue.value_share_pct).toEqual({ A: 80, B: 15, C: 5 });
  });

  it('classes by gross margin too: only P1–P5 make margin (250, 100, 50, 40, 20 of 460)', () => {
    // Cumulative 54.3, 76.1 (A), 87.0 (B), 95.65, 100 (C); the zero-margin products are C.
    const abc = Object.fromEntries(products?.products.map((p) => [p.product_id, p.abc_margin]) ?? []);
    expect(abc).toMatchObject({ P1: 'A', P2: 'A', P3: 'B', P4: 'C', P5: 'C', P6: 'C', P10: 'C' });
  });
});

describe('products: inventory status, velocity, matrix', () => {
  // One product per status boundary: days since the last sale up to data_through (END).
  const since = { hot: 7, active: 8, slowing: 31, cold: 61, dead: 91, zombie: 366 } as const;
  const lines = Object.entries(since).map(([name, days]) =>
    saleLine(at(addDays(END, -days)), name, name, 1, 100),
  );
  lines.push(saleLine(at(END), 'end', 'today', 1, 100));

  it('status from days since the last sale (Hot 0–7 … Zombie > 365)', () => {
    const products = insightsOf(lines).products;
    const status = Object.fromEntries(
      products?.products.map((p) => [p.product_id, p.inventory_status]) ?? [],
    );
    expect(status).toEqual({
      hot: 'hot',
      active: 'active',
      slowing: 'slowing',
      cold: 'cold',
      dead: 'dead',
      zombie: 'zombie',
      today: 'hot',
    });
    expect(products?.inventory_status.hot.products).toBe(2);
    expect(products?.products.find((p) => p.product_id === 'dead')?.nulls.inventory_turnover).toBe(
      'NO_STOCK_DATA',
    );
  });

  it('velocity is units per selling day; quadrants around the medians', () => {
    // fast-big: 10 units/day, 1000/day · slow-big: 1 unit, 3000 · fast-small: 10 units, 10 · slow-small: 1 unit, 10.
    const spec = [
      ['star', 10, 1000],
      ['cow', 1, 3000],
      ['horse', 10, 10],
      ['dead', 1, 10],
    ] as const;
    const rows = spec.flatMap(([id, units, revenue]) =>
      [0, 1].map((d) => saleLine(at(addDays(END, -d)), `${id}${d}`, id, units, revenue)),
    );
    const products = insightsOf(rows).products;
    const byId = Object.fromEntries(products?.products.map((p) => [p.product_id, p]) ?? []);
    expect(byId.star?.velocity).toBe(10);
    expect(byId.cow?.velocity).toBe(1);
    expect(byId.star?.quadrant).toBe('star');
    expect(byId.cow?.quadrant).toBe('cash_cow');
    expect(byId.horse?.quadrant).toBe('workhorse');
    expect(byId.dead?.quadrant).toBe('dead_stock');
    expect(products?.matrix.counts).toEqual({ star: 1, cash_cow: 1, workhorse: 1, dead_stock: 1 });
  });
});

describe('products: margin health', () => {
  // Each product sells 1000 with margins 10 %, 20 %, 30 %, 40 %.
  const margins = { crit: 10, low: 20, ok: 30, top: 40 };
  const lines = Object.entries(margins).map(([id, m]) =>
    saleLine(at(END), id, id, 1, 1000, { costTotal: 1000 - m * 10 }),
  );
  const health = insightsOf(lines).products?.margin_health;

  it('bands per product and for the portfolio', () => {
    expect(health?.counts).toEqual({ critical: 1, low: 1, healthy: 1, excellent: 1 });
    expect(health?.portfolio_margin_pct).toBe(25);
    expect(health?.portfolio_band).toBe('healthy');
  });

  it('profit gap of the low-markup products: 25 % of their sales minus their margin', () => {
    // crit: 250 − 100 = 150; low: 250 − 200 = 50.
    expect(health?.profit_gap).toBe(200);
    expect(health?.low_markup_products.map((p) => [p.product_id, p.profit_gap])).toEqual([
      ['crit', 150],
      ['low', 50],
    ]);
  });

  it('says NO_COST_DATA when no line has a cost', () => {
    const products = insightsOf([saleLine(at(END), 't', 'p', 1, 100)]).products;
    expect(products?.margin_health.null_reason).toBe('NO_COST_DATA');
    expect(products?.abc_margin).toBeNull();
    expect(products?.nulls.abc_margin).toBe('NO_COST_DATA');
  });
});

describe('products: lifecycle from the velocity trend', () => {
  // A sale every day for 200 days: 1 unit/day, then the last 90 days at `recent` units/day.
  const product = (id: string, recent: number) =>
    Array.from({ length: 200 }, (_, i) => {
      const day = addDays(END, -i);
      return saleLine(at(day), `${id}-${i}`, id, i < 90 ? recent : 1, 100);
    });
  it('growth above +20 %, decline below −20 %, maturity between, introduction under 90 days', () => {
    const young = Array.from({ length: 30 }, (_, i) =>
      saleLine(at(addDays(END, -i)), `y${i}`, 'young', 1, 100),
    );
    const products = insightsOf([
      ...product('up', 2),
      ...product('down', 0.5),
      ...product('flat', 1.1),
      ...young,
    ]).products;
    const stage = Object.fromEntries(products?.products.map((p) => [p.product_id, p.lifecycle]) ?? []);
    expect(stage).toEqual({ up: 'growth', down: 'decline', flat: 'maturity', young: 'introduction' });
    // Month rows are spread evenly over their days, so the +100 % is measured to within a few points.
    const change = products?.products.find((p) => p.product_id === 'up')?.velocity_change_pct as number;
    expect(Math.abs(change - 100)).toBeLessThan(5);
  });

  it('is exact with product × day rows: 2 units a day against 1 is +100 %', () => {
    const products = insightsOf([...product('up', 2), ...product('down', 0.5)], {
      productDays: true,
    }).products;
    const change = Object.fromEntries(
      products?.products.map((p) => [p.product_id, p.velocity_change_pct]) ?? [],
    );
    expect(change).toEqual({ up: 100, down: -50 });
  });
});
