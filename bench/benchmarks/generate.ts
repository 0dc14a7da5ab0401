import type pg from 'pg';

const INDUSTRIES = [
  'retail',
  'restaurants',
  'food_distribution',
  'clothing',
  'electronics',
  'pharmacy',
  'hardware',
  'services',
  'other',
];
const SIZES = ['micro', 'small', 'medium'];
const REGIONS = 16;

/**
 * `companies` companies with `months` months of company-wide month rows, their quarters and
 * years, and 1–3 branches' month rows each, written by the database itself (generate_series +
 * random()), as the owner. Values are plausible, not realistic: the benchmark times the job.
 */
export async function generateCompanies(
  client: pg.Client,
  companies: number,
  months: number,
): Promise<number> {
  await client.query('select setseed(0.42)');
  await client.query(
    `insert into companies (id, name, rut, industry, size, region)
     select gen_random_uuid(), 'Bench ' || i, 'bench-' || i,
       ($1::text[])[1 + (i % array_length($1::text[], 1))],
       ($2::text[])[1 + ((i / 9) % 3)],
       'Región ' || (1 + ((i * 7) % ${REGIONS}))
     from generate_series(1, $3::int) i`,
    [INDUSTRIES, SIZES, companies],
  );
  const values = `jsonb_build_object('partial', false,
      'revenue', r, 'gross_sales', r * 1.01, 'returned_amount', r * 0.01 * random(),
      'revenue_yoy_pct', case when random() < 0.9 then round((random() * 40 - 10)::numeric, 2) end,
      'avg_ticket', round((3000 + random() * 20000)::numeric, 2),
      'units_per_transaction', round((1 + random() * 6)::numeric, 2),
      'margin_pct', case when random() < 0.7 then round((10 + random() * 40)::numeric, 2) end,
      'customers', c, 'returning_customers', floor(c * random()),
      'weekend_share_pct', round((20 + random() * 30)::numeric, 2), 'transactions', 100)`;
  const periods = `select c.id, m, (date '2024-01-01' + make_interval(months => m))::date as start
    from companies c, generate_series(0, ${months - 1}) m`;
  await client.query(`insert into feature_rows (company_id, level, entity, period, period_start, period_end, values)
    select id, 'month', '', to_char(start, 'YYYY-MM'), start, (start + interval '1 month - 1 day')::date,
      ${values.replace(/\br\b/g, 'rv').replace(/\bc\b(?!\.)/g, 'cu')}
    from (select p.*, (1e6 + random() * 5e7)::numeric(16, 0) as rv, (50 + random() * 500)::int as cu
      from (${periods}) p) x`);
  await client.query(`insert into feature_rows (company_id, level, entity, period, period_start, period_end, values)
    select company_id, 'location_month', 'Sucursal ' || b, period, period_start, period_end,
      jsonb_build_object('transactions', 10)
    from feature_rows f, generate_series(1, 3) b
    where f.level = 'month' and b <= 1 + (hashtext(f.company_id::text) & 3) % 3`);
  for (const [level, format, span] of [
    ['quarter', `to_char(start, 'YYYY') || '-Q' || to_char(start, 'Q')`, 3],
    ['year', `to_char(start, 'YYYY')`, 12],
  ] as const) {
    const kept = `select c.id, m, (date '2024-01-01' + make_interval(months => m))::date as start
      from companies c, generate_series(0, ${months - 1}, ${span}) m`;
    await client.query(`insert into feature_rows (company_id, level, entity, period, period_start, period_end, values)
      select id, '${level}', '', ${format}, start, (start + interval '${span} months - 1 day')::date,
        ${values.replace(/\br\b/g, 'rv').replace(/\bc\b(?!\.)/g, 'cu')}
      from (select p.*, (${span} * (1e6 + random() * 5e7))::numeric(16, 0) as rv, (${span} * (50 + random() * 500))::int as cu
        from (${kept}) p) x`);
  }
  const { rows } = await client.query<{ n: string }>('select count(*) as n from feature_rows');
  return Number(rows[0]?.n);
}
