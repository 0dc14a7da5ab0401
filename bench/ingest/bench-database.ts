import pg from 'pg';

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A new empty database on the server of `serverUrl` (needs CREATEDB), so every run starts from
 * nothing and leaves nothing behind: `ayni_bench_<timestamp>`.
 */
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `ayni_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** What `sale_lines` holds for the company, read as the owner (row-level security does not apply). */
export async function saleLineTotals(
  url: string,
  companyId: string,
): Promise<{ lines: number; total: number; returnLines: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ lines: string; total: string; return_lines: string }>(
      `select count(*) as lines, coalesce(sum(total), 0) as total,
         count(*) filter (where is_return) as return_lines
       from sale_lines where company_id = $1`,
      [companyId],
    );
    const row = rows[0] as { lines: string; total: string; return_lines: string };
    return { lines: Number(row.lines), total: Number(row.total), returnLines: Number(row.return_lines) };
  } finally {
    await client.end();
  }
}
