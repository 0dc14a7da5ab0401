/**
 * `npm run bench:benchmarks`: the `benchmarks.compute` job over 10,000 companies × 24 months
 * (plus their quarters, years and branch rows) generated straight into a new database; prints
 * the job's seconds as JSON. Target: ≤ 60 s. A measurement: exits 0 when the target is missed.
 *
 *   DATABASE_URL=postgres://… npm run bench:benchmarks -- [--companies 10000] [--months 24]
 *   (without DATABASE_URL / TEST_DATABASE_URL: postgres://postgres@127.0.0.1:5432/postgres)
 */
import { APP_ROLE, connect, runMigrations } from '@ayni/db';
import pg from 'pg';
import { computeAllBenchmarks } from '../../apps/server/src/modules/benchmarks/compute-benchmarks';
import { benchDatabaseUrl } from '../env';
import { createBenchDatabase } from '../ingest/bench-database';
import { generateCompanies } from './generate';

const TARGET_SECONDS = 60;
const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};

async function main() {
  const companies = option('companies', 10_000);
  const months = option('months', 24);
  const server = benchDatabaseUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = await createBenchDatabase(server);
  try {
    const owner = connect(database.url, { max: 2 }); // the migration lock holds one
    await runMigrations(owner);
    await owner.close();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const generatedAt = performance.now();
    const rows = await generateCompanies(client, companies, months);
    await client.query('analyze');
    await client.end();
    const generateSeconds = (performance.now() - generatedAt) / 1000;
    const app = connect(database.url, { max: 2, role: APP_ROLE });
    const started = performance.now();
    const cpu = process.cpuUsage();
    const grains = await computeAllBenchmarks(app.db, { minCompanies: 10, now: new Date() });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    await app.close();
    const result = {
      companies,
      months,
      feature_rows: rows,
      generate_seconds: Math.round(generateSeconds * 10) / 10,
      benchmarks_seconds: Math.round(seconds * 10) / 10,
      node_cpu_seconds: Math.round(((used.user + used.system) / 1e6) * 10) / 10,
      grains,
      target_seconds: TARGET_SECONDS,
      within_target: seconds <= TARGET_SECONDS,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await database.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
