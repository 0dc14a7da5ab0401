import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFeatures } from './compute-features';
import { saleLine } from './lines.testkit';
import { randomLine } from './random-lines.testkit';
import type { FeatureLine } from './types';

/**
 * Properties over random datasets (`randomLine`). The oracle below shares no code with the
 * engine: it reads local dates through Intl and sums with plain loops.
 */
const FROM = Date.UTC(2023, 11, 20);
const TO = Date.UTC(2025, 1, 10);

const lineArbitrary = randomLine(FROM, TO);
const datasetArbitrary = fc.array(lineArbitrary, { minLength: 1, maxLength: 60 });

const localFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Santiago',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const localMonth = (ms: number) => localFormat.format(ms).slice(0, 7);
const cents = (amount: number) => Math.round(amount * 100);

interface Oracle {
  revenue: number;
  units: number;
  cost: number;
  sales: Set<string>;
  returns: Set<string>;
  customers: Set<string>;
}

const emptyOracle = (): Oracle => ({
  revenue: 0,
  units: 0,
  cost: 0,
  sales: new Set(),
  returns: new Set(),
  customers: new Set(),
});

function naiveMonths(lines: FeatureLine[]): Map<string, Oracle> {
  const months = new Map<string, Oracle>();
  for (const line of lines) {
    const key = localMonth(line.soldAt);
    let month = months.get(key);
    if (month === undefined) {
      month = emptyOracle();
      months.set(key, month);
    }
    month.revenue += cents(line.priceTotal);
    month.units += Math.round(line.quantity * 1000);
    month.cost += line.costTotal === null ? 0 : cents(line.costTotal);
    if (line.priceTotal > 0) {
      month.sales.add(line.transId);
      if (line.customerId) month.customers.add(line.customerId);
    }
    if (line.priceTotal < 0) month.returns.add(line.transId);
  }
  return months;
}

/** Month of each customer's first sale line. */
function naiveFirstMonths(lines: FeatureLine[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const line of lines) {
    if (!line.customerId || line.priceTotal <= 0) continue;
    first.set(line.customerId, Math.min(first.get(line.customerId) ?? Number.POSITIVE_INFINITY, line.soldAt));
  }
  const perMonth = new Map<string, number>();
  for (const at of first.values()) perMonth.set(localMonth(at), (perMonth.get(localMonth(at)) ?? 0) + 1);
  return perMonth;
}

describe('computeFeatures properties', () => {
  it('agrees with a naive recomputation per month (sums, tickets, customers, new customers)', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (lines) => {
        const { levels } = await computeFeatures(lines, { levels: ['month'] });
        const oracle = naiveMonths(lines);
        const newPerMonth = naiveFirstMonths(lines);
        expect(levels.month.map((row) => row.period)).toEqual([...oracle.keys()].sort());
        for (const row of levels.month) {
          const want = oracle.get(row.period) as Oracle;
          expect(cents(row.revenue)).toBe(want.revenue);
          expect(Math.round(row.units * 1000)).toBe(want.units);
          expect(row.cost === null ? 0 : cents(row.cost)).toBe(want.cost);
          expect(row.transactions).toBe(want.sales.size);
          expect(row.returns).toBe(want.returns.size);
          expect(row.customers).toBe(want.customers.size);
          expect(row.new_customers).toBe(newPerMonth.get(row.period) ?? 0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('rolls days up into weeks, months and years without losing a cent', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (lines) => {
        const { levels } = await computeFeatures(lines);
        for (const level of ['week', 'month', 'year'] as const) {
          for (const row of levels[level]) {
            const days = levels.day.filter(
              (d) => d.period_start >= row.period_start && d.period_end <= row.period_end,
            );
            const sum = (pick: (d: (typeof days)[number]) => number) => days.reduce((s, d) => s + pick(d), 0);
            expect(cents(row.revenue)).toBe(sum((d) => cents(d.revenue)));
            expect(Math.round(row.units * 1000)).toBe(sum((d) => Math.round(d.units * 1000)));
            expect(row.lines).toBe(sum((d) => d.lines));
            expect(cents(row.revenue_with_cost)).toBe(sum((d) => cents(d.revenue_with_cost)));
            // A ticket on several days counts once in the period: never more than the days' sum.
            expect(row.transactions).toBeLessThanOrEqual(sum((d) => d.transactions));
            expect(row.customers).toBeLessThanOrEqual(sum((d) => d.customers));
          }
        }
        // Hours add up to their day; products, customers' days, categories add up to the total.
        const total = sum(levels.day, (d) => cents(d.revenue));
        expect(sum(levels.day_hour, (h) => cents(h.revenue))).toBe(total);
        expect(sum(levels.product, (p) => cents(p.revenue))).toBe(total);
        expect(sum(levels.product_day, (p) => cents(p.revenue))).toBe(total);
        expect(sum(levels.category_month, (c) => cents(c.revenue))).toBe(total);
        // Location rows exist only when some line names a location.
        const hasLocations = lines.some((line) => line.location !== null);
        expect(sum(levels.location_month, (l) => cents(l.revenue))).toBe(hasLocations ? total : 0);
        const withCustomer = lines
          .filter((line) => line.customerId)
          .reduce((s, l) => s + cents(l.priceTotal), 0);
        expect(sum(levels.customer_day, (c) => cents(c.revenue))).toBe(withCustomer);
        expect(sum(levels.customer_month, (c) => cents(c.revenue))).toBe(withCustomer);
      }),
      { numRuns: 100 },
    );
  });

  it('adds branches up to the company at every grain (revenue, units, lines)', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (lines) => {
        const { levels } = await computeFeatures(lines);
        const hasLocations = lines.some((line) => line.location !== null);
        for (const grain of ['day', 'week', 'month', 'quarter', 'year'] as const) {
          const branchRows = levels[`location_${grain}`];
          if (!hasLocations) {
            expect(branchRows).toEqual([]);
            continue;
          }
          const summed = new Map<string, { revenue: number; units: number; lines: number }>();
          for (const row of branchRows) {
            const total = summed.get(row.period) ?? { revenue: 0, units: 0, lines: 0 };
            total.revenue += cents(row.revenue);
            total.units += Math.round(row.units * 1000);
            total.lines += row.lines;
            summed.set(row.period, total);
          }
          expect(new Set(summed.keys()), grain).toEqual(new Set(levels[grain].map((row) => row.period)));
          for (const row of levels[grain]) {
            expect(summed.get(row.period), `${grain} ${row.period}`).toEqual({
              revenue: cents(row.revenue),
              units: Math.round(row.units * 1000),
              lines: row.lines,
            });
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('counts tickets and (new) customers per branch like a naive recomputation', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (lines) => {
        const { levels } = await computeFeatures(lines, { levels: ['location_month', 'location_day'] });
        if (!lines.some((line) => line.location !== null)) return;
        const branchOf = (line: FeatureLine) => line.location ?? '∅';
        for (const [level, periodOf] of [
          ['location_month', localMonth],
          ['location_day', (ms: number) => localFormat.format(ms)],
        ] as const) {
          const keyOf = (branch: string, period: string) => `${branch}|${period}`;
          const oracle = new Map<string, Oracle>();
          const firstAt = new Map<string, number>(); // branch|customer → first sale
          for (const line of lines) {
            const key = keyOf(branchOf(line), periodOf(line.soldAt));
            const group = oracle.get(key) ?? emptyOracle();
            oracle.set(key, group);
            group.revenue += cents(line.priceTotal);
            if (line.priceTotal > 0) {
              group.sales.add(line.transId);
              if (line.customerId) {
                group.customers.add(line.customerId);
                const id = `${branchOf(line)}|${line.customerId}`;
                firstAt.set(id, Math.min(firstAt.get(id) ?? Number.POSITIVE_INFINITY, line.soldAt));
              }
            }
            if (line.priceTotal < 0) group.returns.add(line.transId);
          }
          const newPer = new Map<string, number>();
          for (const [id, at] of firstAt) {
            const key = keyOf(id.slice(0, id.indexOf('|')), periodOf(at));
            newPer.set(key, (newPer.get(key) ?? 0) + 1);
          }
          const rows = levels[level];
          expect(rows).toHaveLength(oracle.size);
          for (const row of rows) {
            const key = keyOf(row.location ?? '∅', row.period);
            const want = oracle.get(key) as Oracle;
            expect(cents(row.revenue), key).toBe(want.revenue);
            expect(row.transactions, key).toBe(want.sales.size);
            expect(row.returns, key).toBe(want.returns.size);
            expect(row.customers, key).toBe(want.customers.size);
            expect(row.new_customers, key).toBe(newPer.get(key) ?? 0);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('builds the same customer profiles from lifetime sums as from customer × day sums', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (lines) => {
        // Asked alone, the profile is summed per customer, not per customer-day.
        const alone = await computeFeatures(lines, { levels: ['customer', 'month'] });
        const all = await computeFeatures(lines);
        expect(alone.levels.customer).toEqual(all.levels.customer);
        expect(alone.levels.month).toEqual(all.levels.month);
      }),
      { numRuns: 200 },
    );
  });

  it('gives a ticket rung up over two day parts the same preferred day part in any order', async () => {
    // Found by the property below: the ticket counted only in its first line's day part.
    const night = saleLine('2025-01-10T00:00:10-03:00', 'T5', 'A', 0, 0.01, { customerId: 'K4' }); // madrugada
    const afternoon = saleLine('2025-01-10T14:43-03:00', 'T5', 'A', 0, 0.01, { customerId: 'K4' }); // tarde
    const parts = async (lines: FeatureLine[]) =>
      (await computeFeatures(lines, { levels: ['customer'] })).levels.customer?.map(
        (row) => row.preferred_day_part,
      );
    expect(await parts([night, afternoon])).toEqual(await parts([afternoon, night]));
  });

  it('does not depend on the order of the lines, sync or async', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, fc.integer(), async (lines, seed) => {
        const shuffled = [...lines].sort((a, b) => hash(a, seed) - hash(b, seed));
        async function* stream() {
          yield* shuffled;
        }
        expect(await computeFeatures(stream())).toEqual(await computeFeatures(lines));
      }),
      { numRuns: 100 },
    );
  });
});

const sum = <T>(rows: readonly T[], pick: (row: T) => number) => rows.reduce((s, row) => s + pick(row), 0);
const hash = (line: FeatureLine, seed: number) =>
  Math.imul(line.soldAt ^ seed, 2654435761) ^ line.transId.length;
