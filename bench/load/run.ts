/**
 * Load benchmark of the scale-out shape (`npm run bench:load`): 2 API processes and 1–2 workers on
 * a fresh database, 200 dashboard users polling while uploads import. See docs/scaling.md.
 *
 *   npm run bench:load -- --seconds 15 --lines 100000
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { benchDatabaseUrl, benchRedisUrl } from '../env';
import { AyniClient } from '../ingest/ayni-client';
import { createBenchDatabase } from '../ingest/bench-database';
import { BRANCHES, formatRut } from '../ingest/catalog';
import { Cleanup } from '../ingest/cleanup';
import { writePosExport } from '../ingest/generate-pos-export';
import { say } from '../ingest/report';
import { startCluster } from './cluster';
import { type EndpointResult, runLoad, type Target } from './load';
import { parseLoadOptions } from './options';

const TARGET_P99_MS = 100;
const SEED_LINES = 20_000;

async function waitForUpload(client: AyniClient, id: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const upload = await client.getUpload(id);
    if (['completed', 'failed', 'cancelled'].includes(upload.status)) return upload.status;
    await new Promise((r) => setTimeout(r, 500));
  }
  return 'timeout';
}

async function deleteKeys(redisUrl: string, prefix: string) {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

async function main() {
  const options = parseLoadOptions(process.argv.slice(2));
  const databaseUrl = benchDatabaseUrl;
  const redisUrl = benchRedisUrl;
  if (!databaseUrl || !redisUrl) {
    throw new Error('bench:load needs DATABASE_URL (or TEST_DATABASE_URL) and REDIS_URL (or TEST_REDIS_URL)');
  }
  const cleanup = new Cleanup();
  process.once('SIGINT', () => void cleanup.run().then(() => process.exit(130)));
  try {
    const workDir = await mkdtemp(path.join(tmpdir(), 'ayni-load-'));
    cleanup.add(() => rm(workDir, { recursive: true, force: true }));
    const database = await createBenchDatabase(databaseUrl);
    cleanup.add(() => database.drop());
    say(`database ${database.name}; starting 2 API processes and ${options.workers} worker(s)`);
    const cluster = await startCluster(database, redisUrl, workDir, options.workers);
    cleanup.add(() => deleteKeys(redisUrl, cluster.prefix));
    for (const p of cluster.processes) cleanup.add(() => p.stop());

    const client = new AyniClient(cluster.apiUrls[0] as string);
    await client.login(cluster.admin.email, cluster.admin.password);
    const rut = formatRut(70_000_000 + (Date.now() % 9_000_000));
    const companyId = await client.createCompany(
      'Carga SpA',
      rut,
      BRANCHES.map((b) => b.name),
    );
    const seedFile = path.join(workDir, 'seed.csv');
    await writePosExport(seedFile, { lines: SEED_LINES, seed: 1 });
    const seeded = await waitForUpload(client, (await client.upload(companyId, seedFile)).id, 300_000);
    if (seeded !== 'completed') throw new Error(`seed upload ${seeded}`);
    say(`seeded ${SEED_LINES} lines; generating ${options.uploads} × ${options.lines} lines`);
    const files: string[] = [];
    for (let i = 0; i < options.uploads; i++) {
      files.push(path.join(workDir, `upload-${i}.csv`));
      // Another seed and a later end date per file: new lines, not repeats of the seed's.
      await writePosExport(files[i] as string, {
        lines: options.lines,
        seed: 100 + i,
        endDate: '2026-11-30',
      });
    }

    const c = `/api/v1/companies/${companyId}`;
    const dashboard: Target[] = [
      { name: 'dashboard/summary', path: `${c}/dashboard/summary` },
      { name: 'metrics?grain=month', path: `${c}/metrics?grain=month` },
      { name: 'products', path: `${c}/products` },
      { name: 'categories', path: `${c}/categories` },
      { name: 'hours', path: `${c}/hours` },
    ].map((t, _, all) => ({ ...t, connections: Math.round(options.connections / all.length) }));
    const health: Target = { name: 'health', path: '/api/v1/health', connections: 20 };
    for (const t of [...dashboard, health]) {
      const res = await fetch(`${cluster.apiUrls[0]}${t.path}`, {
        headers: { authorization: `Bearer ${client.accessToken}` },
      });
      if (res.status !== 200) throw new Error(`${t.path}: ${res.status} ${await res.text()}`);
    }

    say(
      `load: ${options.connections} dashboard users + ${health.connections} on health for ${options.seconds} s`,
    );
    const uploadsStarted = Date.now();
    const uploads = (async () => {
      const outcomes: string[] = [];
      for (const file of files) {
        const accepted = await client.upload(companyId, file);
        outcomes.push(await waitForUpload(client, accepted.id, 3_600_000));
      }
      return { outcomes, seconds: (Date.now() - uploadsStarted) / 1000 };
    })();
    const results = await runLoad(
      cluster.apiUrls,
      [...dashboard, health],
      client.accessToken,
      options.seconds,
    );
    const uploadOutcome = await uploads;
    report(options, results, uploadOutcome);
  } finally {
    await cleanup.run();
  }
}

function report(
  options: ReturnType<typeof parseLoadOptions>,
  results: EndpointResult[],
  uploads: { outcomes: string[]; seconds: number },
) {
  const health = results.find((r) => r.name === 'health') as EndpointResult;
  const dash = results.filter((r) => r !== health);
  const dashRps = dash.reduce((s, r) => s + r.reqPerSec, 0);
  const dashConnections = dash.reduce((s, r) => s + r.connections, 0);
  // Per connection, so the ratio does not depend on how many users each side has.
  const ratio = dashRps / dashConnections / (health.reqPerSec / health.connections);
  const summary = {
    options,
    endpoints: results,
    dashboard: { reqPerSec: dashRps, p99MaxMs: Math.max(...dash.map((r) => r.p99Ms)) },
    dashboardVsHealthPerConnection: Number(ratio.toFixed(3)),
    uploads,
    targets: {
      // An endpoint that answered nothing in the run missed both targets.
      p99Under100ms: dash.every((r) => r.requests > 0 && r.p99Ms <= TARGET_P99_MS),
      zeroErrors: results.every((r) => r.requests > 0 && r.errors === 0),
    },
  };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  const rows = results.map(
    (r) =>
      `| ${r.name.padEnd(20)} | ${String(r.connections).padStart(5)} | ${String(r.reqPerSec).padStart(6)} | ${String(r.p50Ms).padStart(6)} | ${String(r.p99Ms).padStart(6)} | ${String(r.errors).padStart(6)} |`,
  );
  process.stdout.write(
    [
      '| endpoint             | users |  req/s | p50 ms | p99 ms | errors |',
      '| -------------------- | ----- | ------ | ------ | ------ | ------ |',
      ...rows,
      '',
      `dashboard ${dashRps} req/s; per connection ${(ratio * 100).toFixed(1)} % of health's`,
      `uploads: ${uploads.outcomes.join(', ')} in ${uploads.seconds.toFixed(1)} s`,
      `targets: p99 ≤ ${TARGET_P99_MS} ms ${summary.targets.p99Under100ms ? 'met' : 'MISSED'}; zero errors ${summary.targets.zeroErrors ? 'met' : 'MISSED'}`,
      '',
    ].join('\n'),
  );
}

main().catch((err) => {
  say(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
