/**
 * `npm run bench:ingest`: uploads a generated POS export to a real server and times it until the
 * dashboard's figures are fresh (`analytics.updated` over the WebSocket), measures the worker's
 * peak memory and checks the imported numbers. A measurement: it exits 0 when a target is missed,
 * non-zero only when the import failed or its numbers are wrong.
 *
 *   npm run bench:ingest -- [--lines 1000000] [--file path] [--json] [--scale-out] [--keep-db] [--again]
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchDatabaseUrl } from '../env';
import { uploadAgain } from './again';
import { AyniClient } from './ayni-client';
import { createBenchDatabase } from './bench-database';
import { BRANCHES, formatRut } from './catalog';
import { Cleanup } from './cleanup';
import { cpuBetween, readCpu } from './cpu-time';
import { type Options, parseOptions, prepareFile } from './options';
import { type BenchResult, formatTable, round, say, seconds, targetsOf } from './report';
import { findEntryProcess, PeakRss, REPO_ROOT } from './server-process';
import { startServers } from './servers';
import { firstWith, forUpload, serverTimings } from './timeline';
import { verify } from './verify';

async function bench(options: Options, cleanup: Cleanup): Promise<BenchResult> {
  const { file, stats } = await prepareFile(options);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'ayni-bench-'));
  cleanup.add(() => rm(workDir, { recursive: true, force: true }));

  const serverUrl = benchDatabaseUrl;
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
  const apiPid = servers.api ? await findEntryProcess(servers.api.child.pid as number, 'api') : null;
  const cpuBefore = await readCpu(workerPid, apiPid);

  say(`uploading ${(stats.bytes / 1e6).toFixed(1)} MB`);
  const t0 = performance.now();
  const accepted = await client.upload(companyId, file);
  const uploaded = performance.now();
  let lastStatus = '';
  const progress = setInterval(() => {
    const last = events.received.filter((r) => forUpload(accepted.id)(r.event)).at(-1)?.event;
    if (last && 'status' in last && 'progress' in last && `${last.status}${last.progress}` !== lastStatus) {
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
  const cpuAtUpdate = await readCpu(workerPid, apiPid);
  const importPeakRss = await rss.peakSoFar();
  // The level files are built by the worker right after the import: its memory counts too.
  const filesReadyAt =
    outcome.event.type === 'analytics.updated'
      ? await filesReady(client, accepted.id, options.timeoutS)
      : null;
  const peakRss = await rss.stop();
  const again =
    options.again && filesReadyAt !== null
      ? await uploadAgain(client, events, {
          companyId,
          file,
          timeoutS: options.timeoutS,
          workerLog: servers.worker.logFile,
        })
      : undefined;

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
  if (again) {
    const r = again.rows;
    checks.push({
      name: 'again: every line unchanged',
      expected: `unchanged ${upload.rows?.accepted}, nothing inserted, updated or deleted`,
      actual:
        r === null
          ? null
          : `unchanged ${r.unchanged}, inserted ${r.inserted}, updated ${r.updated}, deleted ${r.deleted}`,
      ok: again.changed_nothing && r?.unchanged === upload.rows?.accepted,
    });
  }

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
    server_timings_ms: await serverTimings(servers.worker.logFile, accepted.id),
    cpu_until_analytics_updated: cpuBetween(cpuBefore, cpuAtUpdate, os.cpus().length),
    worker_peak_rss_mb: round(peakRss, 0),
    worker_peak_rss_import_mb: round(importPeakRss, 0),
    files_ready_s: seconds(t0, filesReadyAt),
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
    ...(again ? { again } : {}),
    ...(outcome.event.type === 'analytics.updated'
      ? {}
      : {
          error:
            `upload ${outcome.event.type.split('.')[1]}: ${upload.error?.code ?? ''} ${upload.error?.message ?? ''}`.trim(),
        }),
  };
}

/** When the upload's level files were all stored (polled), or null when they failed. */
async function filesReady(client: AyniClient, uploadId: string, timeoutS: number): Promise<number | null> {
  const deadline = performance.now() + timeoutS * 1000;
  while (performance.now() < deadline) {
    const status = await client.filesStatus(uploadId);
    if (status === 'ready') return performance.now();
    if (status === 'failed') return null;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
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
