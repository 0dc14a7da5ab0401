import { describe, expect, it } from 'vitest';
import { computeFeatures } from '../compute-features';
import * as branches from './branches.golden';
import * as branchesCalendar from './branches-calendar.golden';
import * as dst from './dst-days.golden';
import * as ticketsReturnsKg from './tickets-returns-kg.golden';
import * as yearEnds from './year-ends.golden';

/**
 * Hand-computed expectations (see the comments in each fixture). Rows are picked by their key
 * and compared on the fields the fixture states; `nulls` is compared the same way, on the
 * reasons it lists.
 */
type Row = Record<string, unknown>;

function expectRows(rows: readonly Row[], expected: readonly Row[], key: string[]) {
  for (const want of expected) {
    const id = key.map((k) => want[k]);
    const row = rows.find((r) => key.every((k, i) => r[k] === id[i]));
    expect(row, `row ${id.join(' ')}`).toBeDefined();
    expect(row, `row ${id.join(' ')}`).toMatchObject(want);
  }
}

describe('golden: tickets with returns, kg and partial costs', async () => {
  const { levels, ...meta } = await computeFeatures(ticketsReturnsKg.LINES);

  it('day', () => {
    expect(meta).toEqual({
      data_from: '2025-03-14',
      data_through: '2025-03-14',
      lines: 6,
      rows_from: null,
      has_customer_data: true,
    });
    expectRows(levels.day, [ticketsReturnsKg.EXPECTED_DAY], ['period']);
  });
  it('day × hour', () => {
    expect(levels.day_hour).toHaveLength(4);
    expectRows(levels.day_hour, ticketsReturnsKg.EXPECTED_HOURS, ['period']);
  });
  it('products', () => expectRows(levels.product, ticketsReturnsKg.EXPECTED_PRODUCTS, ['product_id']));
  it('customers', () => expectRows(levels.customer, ticketsReturnsKg.EXPECTED_CUSTOMERS, ['customer_id']));
  it('month equals the only day on every sum', () => {
    const [month] = levels.month;
    expect(month).toMatchObject({
      period: '2025-03',
      revenue: 12002.41,
      transactions: 3,
      customers: 2,
      margin_pct: 44.75,
    });
    // No line has a location: no branch rows at any grain.
    for (const level of [
      'location_day',
      'location_week',
      'location_month',
      'location_quarter',
      'location_year',
    ] as const)
      expect(levels[level], level).toEqual([]);
  });
});

describe('golden: Chile DST changes', async () => {
  const { levels } = await computeFeatures(dst.LINES);
  it('days', () => expectRows(levels.day, dst.EXPECTED_DAYS, ['period']));
  it('hours', () => expectRows(levels.day_hour, dst.EXPECTED_HOURS, ['period']));
  it('weeks', () => expectRows(levels.week, dst.EXPECTED_WEEKS, ['period']));
  it('months', () => expectRows(levels.month, dst.EXPECTED_MONTHS, ['period']));
});

describe('golden: ISO weeks across year ends, leap day, year over year, churn', async () => {
  const { levels, data_through } = await computeFeatures(yearEnds.LINES);
  it('data_through is the last local date', () => expect(data_through).toBe('2025-02-28'));
  it('days', () => expectRows(levels.day, yearEnds.EXPECTED_DAYS, ['period']));
  it('weeks', () => expectRows(levels.week, yearEnds.EXPECTED_WEEKS, ['period']));
  it('months', () => expectRows(levels.month, yearEnds.EXPECTED_MONTHS, ['period']));
  it('quarters', () => expectRows(levels.quarter, yearEnds.EXPECTED_QUARTERS, ['period']));
  it('years', () => {
    expect(levels.year.map((row) => row.period)).toEqual(['2020', '2021', '2024', '2025']);
    expectRows(levels.year, yearEnds.EXPECTED_YEARS, ['period']);
  });
  it('customers', () => expectRows(levels.customer, yearEnds.EXPECTED_CUSTOMERS, ['customer_id']));
  it('a later dataThrough ages every customer', async () => {
    const later = await computeFeatures(yearEnds.LINES, { dataThrough: '2025-05-29', levels: ['customer'] });
    expectRows(
      later.levels.customer,
      [{ customer_id: 'K2', days_since_last_purchase: 90, churned: true, lifecycle_stage: 'churned' }],
      ['customer_id'],
    );
    await expect(computeFeatures([], { dataThrough: '2025-02-30' })).rejects.toThrow('dataThrough');
    await expect(computeFeatures([])).resolves.toMatchObject({ data_from: null, lines: 0 });
  });
});

describe('golden: branches and categories', async () => {
  const { levels, has_customer_data } = await computeFeatures(branches.LINES);
  it('locations', () => {
    expect(levels.location_month).toHaveLength(2);
    expectRows(levels.location_month, branches.EXPECTED_LOCATIONS, ['location']);
  });
  it('categories (no category last)', () => {
    expect(levels.category_month.map((row) => row.category)).toEqual(['Pan', null]);
    expectRows(levels.category_month, branches.EXPECTED_CATEGORIES, ['category']);
  });
  it('day, without customer data', () => {
    expect(has_customer_data).toBe(false);
    expectRows(levels.day, [branches.EXPECTED_DAY], ['period']);
  });
});

describe('golden: two branches across a month, quarter and year end (ISO week 2025-W01)', async () => {
  const { levels } = await computeFeatures(branchesCalendar.LINES);
  const key = ['location', 'period'];
  it('days', () => {
    expect(levels.location_day.map((row) => `${row.location} ${row.period}`)).toEqual([
      'Centro 2024-11-29',
      'Centro 2024-12-30',
      'Centro 2024-12-31',
      'Centro 2025-01-02',
      'Norte 2024-12-30',
      'Norte 2025-01-02',
      'Norte 2025-01-06',
    ]);
    expectRows(levels.location_day, branchesCalendar.EXPECTED_DAYS, key);
  });
  it('weeks', () => {
    expect(levels.location_week).toHaveLength(4);
    expectRows(levels.location_week, branchesCalendar.EXPECTED_WEEKS, key);
  });
  it('months', () => expectRows(levels.location_month, branchesCalendar.EXPECTED_MONTHS, key));
  it('quarters', () => expectRows(levels.location_quarter, branchesCalendar.EXPECTED_QUARTERS, key));
  it('years', () => {
    expect(levels.location_year).toHaveLength(4);
    expectRows(levels.location_year, branchesCalendar.EXPECTED_YEARS, key);
  });
  it('the company week is both branches', () => {
    expectRows(
      levels.week,
      [{ period: '2025-W01', revenue: 7500, transactions: 5, customers: 3 }],
      ['period'],
    );
  });
});
