/**
 * `npm run bench:ingest`: uploads a generated POS export to a real server and times it until the
 * dashboard's figures are fresh (`analytics.updated` over the WebSocket), measures the worker's
 * peak memory and checks the imported numbers. A measurement: it exits 0 when a target is missed,
 * non-zero only when the import failed or its numbers are wrong.
 *
 *   npm run bench:ingest -- [--lines 1000000] [--file path] [--json] [--scale-out] [--keep-db]
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AppEvent, Upload } from '@ayni/contracts';
import { Redis } from 'ioredis';
import { findFreePort } from '../../apps/server/src/infra/free-port';
import { AyniClient, type EventLog } from './ayni-client';
import { type BenchDatabase, createBenchDatabase, saleLineTotals } from './bench-database';
import { BRANCHES, formatRut } from './catalog';
import {
  DEFAULT_SEED,
  type PosExportStats,
  posExportStats,
  statsPathOf,
  writePosExport,
} from './generate-pos-export';
import { type BenchResult, type Check, formatTable, round, seconds, targetsOf } from './report';
import {
  type Entry,
  findEntryProcess,
  PeakRss,
  REPO_ROOT,
  type ServerProcess,
  startServerProcess,
} from './server-process';

const DEMO_ADMIN = { email: 'admin@ayni.cl', password: 'gabe123123' };

interface Options {
  lines: number;
  file: string | null;
  json: boolean;
  scaleOut: boolean;
  keepDb: boolean;
  seed: number;
  timeoutS: number;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      lines: { type: 'string', default: '1000000' },
      file: { type: 'string' },
      json: { type: 'boolean', default: false },
      'scale-out': { type: 'boolean', default: false },
      'keep-db': { type: 'boolean', default: false },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      timeout: { type: 'string', default: '1800' },
    },
  });
  const lines = Number(values.lines);
  if (!Number.isInteger(lines) || lines < 1) throw new Error('--lines must be a positive integer');
  return {
    lines,
    file: values.file ?? null,
    json: values.json,
    scaleOut: values['scale-out'],
    keepDb: values['keep-db'],
    seed: Number(values.seed),
    timeoutS: Number(values.timeout),
  };
}

const say = (text: string) => process.stderr.write(`[bench] ${text}\n`);

/** The file to upload and what it holds: reused when present, generated otherwise. */
async function prepareFile(options: Options): Promise<{ file: string; stats: PosExportStats }> {
  const file = path.resolve(
    options.file ??
      path.join(REPO_ROOT, 'bench/.cache', `pos-export-${options.lines}-seed${options.seed}.csv`),
  );
  const statsFile = statsPathOf(file);
  if (existsSync(file) && existsSync(statsFile)) {
    say(`reusing ${path.relative(process.cwd(), file)}`);
    return { file, stats: JSON.parse(await readFile(statsFile, 'utf8')) as PosExportStats };
  }
  if (existsSync(file)) {
    say(`reusing ${file}; no stats next to it, so assuming it is this generator's --lines ${options.lines}`);
    return { file, stats: posExportStats({ lines: options.lines, seed: options.seed }) };
  }
  say(`generating ${options.lines.toLocaleString('en-US')} lines into ${path.relative(process.cwd(), file)}`);
  const stats = await writePosExport(file, { lines: options.lines, seed: options.seed });
  return { file, stats };
}

/** Undo steps, run once, last registered first, on success, failure or Ctrl-C. */
class Cleanup {
  private steps: Array<() => Promise<unknown>> = [];
  private running: Promise<void> | null = null;

  add(step: () => Promise<unknown>): void {
    this.steps.push(step);
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) await step().catch((err) => say(`cleanup: ${err}`));
    })();
    return this.running;
  }
}

interface Servers {
  baseUrl: string;
  /** The process that runs the import jobs. */
  worker: ServerProcess;
  workerEntry: Entry;
  admin: { email: string; password: string };
  processes: ServerProcess[];
}

/** BullMQ leaves its queues' keys behind; a shared Redis should not collect one set per run. */
async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

async function startServers(
  cleanup: Cleanup,
  options: Options,
  workDir: string,
  database: BenchDatabase | null,
  fileBytes: number,
): Promise<Servers> {
  const port = await findFreePort();
  const common = {
    HOST: '127.0.0.1',
    PORT: String(port),
    AYNI_DATA_DIR: path.join(workDir, 'data'),
    AYNI_SEED_DEMO: 'false', // the demo seed would add its own memory peak and start-up time
    UPLOAD_MAX_BYTES: String(Math.max(524_288_000, fileBytes * 2)),
    LOG_LEVEL: 'info',
    ...(database ? { DATABASE_URL: database.url } : {}),
  };
  await mkdir(common.AYNI_DATA_DIR, { recursive: true });
  // Run as root, the embedded PostgreSQL runs as `postgres`, which must reach its data folder.
  chmodSync(workDir, 0o755);
  chmodSync(common.AYNI_DATA_DIR, 0o755);

  if (!options.scaleOut) {
    const main = startServerProcess('main', common, path.join(workDir, 'server.log'));
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      worker: main,
      workerEntry: 'main',
      admin: DEMO_ADMIN,
      processes: [main],
    };
  }
  const redisUrl = process.env.REDIS_URL ?? process.env.TEST_REDIS_URL;
  if (!database || !redisUrl) {
    throw new Error(
      '--scale-out needs DATABASE_URL (or TEST_DATABASE_URL) and REDIS_URL (or TEST_REDIS_URL)',
    );
  }
  const admin = { email: DEMO_ADMIN.email, password: randomBytes(12).toString('base64url') };
  const shared = {
    ...common,
    REDIS_URL: redisUrl,
    AYNI_QUEUE_PREFIX: `aynibench${process.pid}`,
    JWT_SECRET: randomBytes(48).toString('base64'),
    STORAGE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    STORAGE_DIR: path.join(workDir, 'uploads'),
    AYNI_ADMIN_PASSWORD: admin.password,
  };
  cleanup.add(() => deleteQueueKeys(redisUrl, shared.AYNI_QUEUE_PREFIX));
  const api = startServerProcess('api', shared, path.join(workDir, 'api.log'));
  const worker = startServerProcess('worker', { ...shared, PORT: '0' }, path.join(workDir, 'worker.log'));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    worker,
    workerEntry: 'worker',
    admin,
    processes: [api, worker],
  };
}

const forUpload = (uploadId: string) => (event: AppEvent) =>
  'upload_id' in event && event.upload_id === uploadId;

/** When the upload first reached `status` (and at least `progress` %), from the events it published. */
function firstWith(events: EventLog, uploadId: string, status: string, progress = 0): number | null {
  const match = forUpload(uploadId);
  const found = events.received.find(
    ({ event }) =>
      match(event) && 'progress' in event && event.status === status && event.progress >= progress,
  );
  return found?.receivedAt ?? null;
}

/**
 * The 'aggregating' phase split by the progress the server reports between its SQL steps
 * (writeImport: 85 % + 14 % × 0.2 after the file-wide warnings, 0.4 after the diff, 0.7 after
 * the writes). Tied to those numbers: a step the server no longer reports shows as null.
 */
function mergeSteps(events: EventLog, uploadId: string, completedAt: number | null | undefined) {
  const at = (progress: number) => firstWith(events, uploadId, 'aggregating', progress);
  const [start, warned, diffed, written] = [at(85), at(87), at(90), at(94)];
  const between = (from: number | null, to: number | null | undefined) =>
    from === null ? null : seconds(from, to);
  return {
    analyze_and_warnings_s: between(start, warned),
    diff_s: between(warned, diffed),
    write_lines_s: between(diffed, written),
    period_audit_rollup_commit_s: between(written, completedAt),
  };
}

const closeEnough = (a: number, b: number) => Math.abs(a - b) < 0.5;

async function verify(
  client: AyniClient,
  upload: Upload,
  stats: PosExportStats,
  companyId: string,
  database: BenchDatabase | null,
): Promise<Check[]> {
  const checks: Check[] = [
    { name: 'status', expected: 'completed', actual: upload.status, ok: upload.status === 'completed' },
    {
      name: 'rows.accepted',
      expected: stats.lines,
      actual: upload.rows.accepted,
      ok: upload.rows.accepted === stats.lines,
    },
    { name: 'rows.rejected', expected: 0, actual: upload.rows.rejected, ok: upload.rows.rejected === 0 },
  ];
  const revenue = await client.dashboardSummary(companyId).then(
    (summary) => summary.kpis.revenue,
    (err: Error) => `error: ${err.message.slice(0, 200)}`,
  );
  checks.push({
    name: 'dashboard revenue',
    expected: stats.netTotal,
    actual: revenue,
    ok: typeof revenue === 'number' && closeEnough(revenue, stats.netTotal),
  });
  if (database) {
    const stored = await saleLineTotals(database.url, companyId);
    checks.push(
      {
        name: 'sale_lines count',
        expected: stats.lines,
        actual: stored.lines,
        ok: stored.lines === stats.lines,
      },
      {
        name: 'sale_lines sum(total)',
        expected: stats.netTotal,
        actual: stored.total,
        ok: closeEnough(stored.total, stats.netTotal),
      },
      {
        name: 'sale_lines returns',
        expected: stats.creditNoteLines,
        actual: stored.returnLines,
        ok: stored.returnLines === stats.creditNoteLines,
      },
    );
  }
  return checks;
}

async function bench(options: Options, cleanup: Cleanup): Promise<BenchResult> {
  const { file, stats } = await prepareFile(options);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'ayni-bench-'));
  cleanup.add(() => rm(workDir, { recursive: true, force: true }));

  const serverUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const database = serverUrl ? await createBenchDatabase(serverUrl) : null;
  if (database && !options.keepDb) cleanup.add(() => database.drop());
  say(database ? `database ${database.name}` : 'no DATABASE_URL/TEST_DATABASE_URL: embedded PostgreSQL');

  const servers = await startServers(cleanup, options, workDir, database, stats.bytes);
  // Keep the logs of the last run (copied once the servers have stopped: undo runs last first).
  const logDir = path.join(REPO_ROOT, 'bench/.cache/last-run');
  cleanup.add(async () => {
    await rm(logDir, { recursive: true, force: true });
    await mkdir(logDir, { recursive: true });
    for (const server of servers.processes) {
      await copyFile(server.logFile, path.join(logDir, path.basename(server.logFile))).catch(() => {});
    }
  });
  for (const server of servers.processes) cleanup.add(() => server.stop());
  await Promise.all(servers.processes.map((server) => server.ready(180_000)));
  say(`server up at ${servers.baseUrl}`);

  const client = new AyniClient(servers.baseUrl);
  await client.login(servers.admin.email, servers.admin.password);
  const companyRut = formatRut(70_000_000 + (Date.now() % 9_000_000));
  const companyId = await client.createCompany(
    `Benchmark ${new Date().toISOString()}`,
    companyRut,
    BRANCHES.map((b) => b.name),
  );
  const events = await client.openEvents();
  cleanup.add(async () => events.close());
  await events.subscribe(companyId);

  const workerPid = await findEntryProcess(servers.worker.child.pid as number, servers.workerEntry);
  const rss = new PeakRss(workerPid);
  await rss.start();

  say(`uploading ${(stats.bytes / 1e6).toFixed(1)} MB`);
  const t0 = performance.now();
  const accepted = await client.upload(companyId, file);
  const uploaded = performance.now();
  let lastStatus = '';
  const progress = setInterval(() => {
    const last = events.received.filter((r) => forUpload(accepted.id)(r.event)).at(-1)?.event;
    if (last && 'progress' in last && `${last.status}${last.progress}` !== lastStatus) {
      lastStatus = `${last.status}${last.progress}`;
      say(`${((performance.now() - t0) / 1000).toFixed(1)} s: ${last.status} ${last.progress}%`);
    }
  }, 2000);
  const match = forUpload(accepted.id);
  const outcome = await events
    .waitFor(
      (e) =>
        (e.type === 'analytics.updated' || e.type === 'upload.failed' || e.type === 'upload.cancelled') &&
        match(e),
      options.timeoutS * 1000,
    )
    .finally(() => clearInterval(progress));
  const peakRss = await rss.stop();

  const upload = await client.getUpload(accepted.id);
  const completedAt = events.received.find(
    (r) => r.event.type === 'upload.completed' && match(r.event),
  )?.receivedAt;
  const updatedAt = outcome.event.type === 'analytics.updated' ? outcome.receivedAt : null;
  const startedAt = firstWith(events, accepted.id, 'validating');
  const importingAt = firstWith(events, accepted.id, 'importing');
  const aggregatingAt = firstWith(events, accepted.id, 'aggregating');
  const analyticsUpdated = seconds(t0, updatedAt);
  const checks =
    outcome.event.type === 'analytics.updated'
      ? await verify(client, upload, stats, companyId, database)
      : [];

  return {
    lines: stats.lines,
    mb: round(stats.bytes / 1e6, 1) as number,
    file: path.relative(REPO_ROOT, file),
    shape: options.scaleOut ? 'scale-out' : 'embedded',
    database: database ? 'fresh database on DATABASE_URL/TEST_DATABASE_URL server' : 'embedded PostgreSQL',
    upload_s: seconds(t0, uploaded) as number,
    started_s: seconds(t0, startedAt),
    completed_s: seconds(t0, completedAt),
    analytics_updated_s: analyticsUpdated,
    lines_per_s: analyticsUpdated ? Math.round(stats.lines / analyticsUpdated) : null,
    phases: {
      queued_s: seconds(uploaded, startedAt),
      profile_s: startedAt === null ? null : seconds(startedAt, importingAt),
      parse_and_stage_s: importingAt === null ? null : seconds(importingAt, aggregatingAt),
      merge_and_rollup_s: aggregatingAt === null ? null : seconds(aggregatingAt, completedAt),
    },
    merge_steps: mergeSteps(events, accepted.id, completedAt),
    worker_peak_rss_mb: round(peakRss, 0),
    worker_baseline_rss_mb: round(rss.baselineMb, 0),
    worker_peak_since_upload_only: rss.resetWorked,
    rows: upload.rows,
    checks,
    targets: targetsOf(analyticsUpdated, peakRss),
    machine: {
      cpus: os.cpus().length,
      node: process.version,
      memory_gb: Math.round(os.totalmem() / 2 ** 30),
    },
    server_log: path.relative(REPO_ROOT, logDir),
    ...(outcome.event.type === 'analytics.updated'
      ? {}
      : {
          error:
            `upload ${outcome.event.type.split('.')[1]}: ${upload.error?.code ?? ''} ${upload.error?.message ?? ''}`.trim(),
        }),
  };
}

async function main(): Promise<number> {
  const options = parseOptions();
  const cleanup = new Cleanup();
  const interrupted = (signal: NodeJS.Signals) => {
    say(`${signal}: stopping the server and cleaning up`);
    void cleanup.run().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const result = await bench(options, cleanup);
    await cleanup.run();
    if (!options.json) process.stdout.write(`\n${formatTable(result)}\n\n`);
    process.stdout.write(`${JSON.stringify(result, null, options.json ? 2 : undefined)}\n`);
    if (result.error) {
      say(result.error);
      return 1;
    }
    const wrong = result.checks.filter((c) => !c.ok);
    if (wrong.length > 0) {
      say(`wrong numbers: ${wrong.map((c) => c.name).join(', ')}`);
      return 1;
    }
    return 0;
  } catch (err) {
    await cleanup.run();
    say(err instanceof Error ? (err.stack ?? err.message) : String(err));
    return 1;
  }
}

process.exitCode = await main();
