import { randomUUID } from 'node:crypto';
import { rutCheckDigit } from '@ayni/contracts';
import { inCompany, insertCompany } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/helpers';
import { recomputeFeaturesAlone } from './recompute-features';

/**
 * The independent check of the engine: for random datasets, the core metrics of every period
 * level are also computed by plain SQL in PostgreSQL (its own calendar, its own time zone
 * rules) and must match exactly: money to the cent, units to 0.001, counts exactly.
 */

const DATASETS = 50;
const SANTIAGO = 'America/Santiago';

/** Deterministic PRNG (mulberry32): a failure names its seed and can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  document_id: string;
  sku: string;
  occurrence: number;
  sold_at: string;
  quantity: string;
  total: string;
  unit_price: string;
  is_return: boolean;
  customer_id: string | null;
  cost_total: string | null;
  discount_total: string | null;
  commission: string | null;
  category: string | null;
  location_name: string | null;
}

/** Lines around DST changes, year ends and a leap day, with returns, kg, cents and gaps. */
function dataset(seed: number): Row[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const windows = [
    ['2023-12-24T00:00:00Z', 20],
    ['2024-02-25T00:00:00Z', 10],
    ['2024-04-03T00:00:00Z', 8],
    ['2024-09-05T00:00:00Z', 8],
    ['2024-12-27T00:00:00Z', 12],
    ['2025-03-28T00:00:00Z', 40],
  ] as const;
  const rows: Row[] = [];
  const occurrences = new Map<string, number>();
  const documents = 20 + Math.floor(random() * 120);
  for (let d = 0; d < documents; d++) {
    const [start, days] = pick(windows);
    const soldAt = new Date(Date.parse(start) + Math.floor(random() * days * 86_400_000));
    const isReturn = random() < 0.12;
    const documentId = `${isReturn ? 'NC' : 'B'}-${d}`;
    const customer = random() < 0.3 ? null : `C${Math.floor(random() * 25)}`;
    const lines = 1 + Math.floor(random() * 4);
    for (let l = 0; l < lines; l++) {
      const sku = `P${Math.floor(random() * 12)}`;
      const key = `${documentId}|${sku}`;
      const occurrence = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, occurrence);
      const weighed = random() < 0.25;
      const quantity = weighed ? Math.round(random() * 3000 + 1) / 1000 : 1 + Math.floor(random() * 5);
      const unitPrice =
        random() < 0.2 ? Math.round(random() * 100000) / 100 : 100 * Math.floor(random() * 150);
      const sign = isReturn ? -1 : 1;
      const total = Math.round(quantity * unitPrice * 100) / 100;
      const cost = random() < 0.35 ? null : Math.round(total * (0.4 + random() * 0.5) * 100) / 100;
      rows.push({
        document_id: documentId,
        sku,
        occurrence,
        sold_at: soldAt.toISOString(),
        quantity: String(sign * quantity),
        total: String(sign * total),
        unit_price: String(unitPrice),
        is_return: isReturn,
        customer_id: customer,
        cost_total: cost === null ? null : String(sign * cost),
        discount_total: random() < 0.5 ? null : String(Math.round(random() * 500)),
        // A seller's commission in cents on some lines, taken back on a return.
        commission: random() < 0.6 ? null : String((sign * Math.round(total * 3)) / 100),
        category: random() < 0.1 ? null : pick(['Abarrotes', 'Carnes', 'Bebidas']),
        location_name: pick(['Casa Matriz', 'Sucursal Norte']),
      });
    }
  }
  return rows;
}

const PERIOD_SQL: Record<string, string> = {
  day: `to_char(local, 'YYYY-MM-DD')`,
  week: `to_char(local, 'IYYY-"W"IW')`,
  month: `to_char(local, 'YYYY-MM')`,
  quarter: `to_char(local, 'YYYY-"Q"Q')`,
  year: `to_char(local, 'YYYY')`,
};

/** The core metrics of one level, by plain SQL. */
function levelSql(level: string): string {
  const period = PERIOD_SQL[level] as string;
  return `
    with l as (select *, sold_at at time zone '${SANTIAGO}' as local from sale_lines where company_id = $1),
    first_purchase as (
      select customer_id, min((local)::date) as first_day from l
      where total > 0 and customer_id is not null and customer_id <> '' group by customer_id
    )
    select ${period} as period,
      sum(total)::text as revenue,
      sum(quantity)::text as units,
      count(distinct document_id) filter (where total > 0)::int as transactions,
      count(distinct document_id) filter (where total < 0)::int as returns,
      count(distinct customer_id) filter (where total > 0 and customer_id <> '')::int as customers,
      count(distinct customer_id) filter (where total > 0 and customer_id <> ''
        and ${period.replace('local', 'f.first_day')} = ${period})::int as new_customers,
      sum(cost_total)::text as cost,
      (sum(total) filter (where cost_total is not null) - sum(cost_total))::text as gross_margin,
      sum(discount_total)::text as discount,
      sum(commission)::text as commission
    from l left join first_purchase f using (customer_id)
    group by 1 order by 1`;
}

/**
 * The same per branch (`location_<level>`): grouped by location_name; a customer is new in the
 * period of their first sale line at that branch.
 */
function locationSql(level: string): string {
  const period = PERIOD_SQL[level] as string;
  return `
    with l as (select *, sold_at at time zone '${SANTIAGO}' as local from sale_lines where company_id = $1),
    first_purchase as (
      select location_name, customer_id, min((local)::date) as first_day from l
      where total > 0 and customer_id is not null and customer_id <> '' group by 1, 2
    )
    select location_name as location, ${period} as period,
      sum(total)::text as revenue,
      sum(quantity)::text as units,
      count(distinct document_id) filter (where total > 0)::int as transactions,
      count(distinct document_id) filter (where total < 0)::int as returns,
      count(distinct customer_id) filter (where total > 0 and customer_id <> '')::int as customers,
      count(distinct customer_id) filter (where total > 0 and customer_id <> ''
        and ${period.replace('local', 'f.first_day')} = ${period})::int as new_customers
    from l left join first_purchase f using (location_name, customer_id)
    group by 1, 2 order by location_name collate "C", 2`;
}

const cents = (value: string | number | null) => (value === null ? null : Math.round(Number(value) * 100));
const thousandths = (value: string | number) => Math.round(Number(value) * 1000);

describe('engine features against plain SQL', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    db = await freshDatabase();
    // The shape of the generated rows, for json_populate_recordset.
    await db.owner.pool.query(`create type test_line as (document_id text, sku text, occurrence int,
      sold_at timestamptz, quantity numeric, total numeric, unit_price numeric, is_return boolean,
      customer_id text, cost_total numeric, discount_total numeric, commission numeric, category text, location_name text)`);
  });
  afterAll(() => db.close());

  it(`match exactly at every period level, company-wide and per branch, for ${DATASETS} random datasets`, async () => {
    for (let seed = 1; seed <= DATASETS; seed++) {
      const companyId = randomUUID();
      await inCompany(db.handle.db, companyId, (tx) =>
        insertCompany(tx, {
          id: companyId,
          name: `Dataset ${seed}`,
          rut: `${20_000_000 + seed}-${rutCheckDigit(String(20_000_000 + seed))}`,
          industry: 'retail',
          size: 'micro',
          region: 'Región Metropolitana de Santiago',
        }),
      );
      const rows = dataset(seed);
      await db.owner.pool.query(
        `insert into sale_lines (company_id, document_id, sku, occurrence, line_no, sold_at, quantity, total,
           unit_price, is_return, customer_id, cost_total, discount_total, commission, category, location_name)
         select $1, r.document_id, r.sku, r.occurrence, 1, r.sold_at, r.quantity, r.total, r.unit_price,
           r.is_return, r.customer_id, r.cost_total, r.discount_total, r.commission, r.category, r.location_name
         from json_populate_recordset(null::test_line, $2::json) r`,
        [companyId, JSON.stringify(rows)],
      );
      await recomputeFeaturesAlone(db.handle.pool, companyId);

      for (const level of Object.keys(PERIOD_SQL)) {
        const expected = await db.owner.pool.query(levelSql(level), [companyId]);
        const stored = await db.owner.pool.query(
          'select period, values from feature_rows where company_id = $1 and level = $2 order by period',
          [companyId, level],
        );
        const got = stored.rows.map((r) => ({
          period: r.period,
          revenue: cents(r.values.revenue),
          units: thousandths(r.values.units),
          transactions: r.values.transactions,
          returns: r.values.returns,
          customers: r.values.customers,
          new_customers: r.values.new_customers,
          cost: cents(r.values.cost),
          gross_margin: cents(r.values.gross_margin),
          discount: cents(r.values.discount),
          commission: cents(r.values.commission),
        }));
        const want = expected.rows.map((r) => ({
          period: r.period,
          revenue: cents(r.revenue),
          units: thousandths(r.units),
          transactions: r.transactions,
          returns: r.returns,
          customers: r.customers,
          new_customers: r.new_customers,
          cost: cents(r.cost),
          gross_margin: cents(r.gross_margin),
          discount: cents(r.discount),
          commission: cents(r.commission),
        }));
        expect(got, `seed ${seed}, level ${level}`).toEqual(want);

        const branchExpected = await db.owner.pool.query(locationSql(level), [companyId]);
        const branchStored = await db.owner.pool.query(
          `select entity, period, values from feature_rows where company_id = $1 and level = $2
           order by entity collate "C", period`,
          [companyId, `location_${level}`],
        );
        const branchOf = (r: { location: string; period: string } & Record<string, unknown>) => ({
          location: r.location,
          period: r.period,
          revenue: cents(r.revenue as string),
          units: thousandths(r.units as string),
          transactions: r.transactions,
          returns: r.returns,
          customers: r.customers,
          new_customers: r.new_customers,
        });
        expect(branchStored.rows.length, `seed ${seed}, location_${level}`).toBeGreaterThan(0);
        expect(
          branchStored.rows.map((r) => branchOf({ location: r.entity, period: r.period, ...r.values })),
          `seed ${seed}, location_${level}`,
        ).toEqual(branchExpected.rows.map(branchOf));
      }
    }
  }, 240_000);
});
