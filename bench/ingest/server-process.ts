import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, SERVER_DIST } from '../../apps/server/build/build-server';
import { type Entry, entryArguments, PROCESS_ENVIRONMENT } from '../../apps/server/src/runtime/node-flags';
import { benchEnv } from '../env';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type { Entry } from '../../apps/server/src/runtime/node-flags';

const READY_TEXT: Record<Entry, string> = {
  main: 'AYNI is running',
  api: 'AYNI API listening',
  worker: 'AYNI worker consuming jobs',
};

export interface ServerProcess {
  entry: Entry;
  child: ChildProcess;
  logFile: string;
  /** The last part of its output, for error messages. */
  tail(): string;
  ready(timeoutMs: number): Promise<void>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when it has exited. */
  stop(graceMs?: number): Promise<void>;
}

let bundled: Promise<void> | null = null;
/** Builds the server bundle the entrypoints run from, once per benchmark run. */
export const buildServerOnce = (): Promise<void> => {
  bundled ??= buildServer();
  return bundled;
};

/**
 * Starts a server entrypoint from the bundle (`buildServerOnce` first), with the flags the
 * start scripts use, through `node` itself: signals and /proc figures belong to the server.
 * Its output goes to `logFile`.
 */
export function startServerProcess(
  entry: Entry,
  env: Record<string, string>,
  logFile: string,
): ServerProcess {
  const file = path.join(SERVER_DIST, `${entry}.js`);
  const child = spawn(process.execPath, entryArguments(entry, file), {
    cwd: REPO_ROOT,
    env: { PATH: benchEnv.PATH, HOME: benchEnv.HOME, ...PROCESS_ENVIRONMENT, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  let recent = '';
  let seenReady = false;
  const collect = (data: Buffer) => {
    log.write(data);
    recent = (recent + data.toString()).slice(-20_000);
    if (recent.includes(READY_TEXT[entry])) seenReady = true;
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let alive = true;
  void exited.then(() => {
    alive = false;
    log.end();
  });

  return {
    entry,
    child,
    logFile,
    tail: () => recent.slice(-4000),
    async ready(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!seenReady) {
        if (!alive) throw new Error(`${entry} exited while starting:\n${recent.slice(-4000)}`);
        if (Date.now() > deadline) throw new Error(`${entry} did not start in time:\n${recent.slice(-4000)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop(graceMs = 30_000) {
      if (!alive) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function commandLine(pid: number): Promise<string> {
  return (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ');
}

async function childrenOf(pid: number): Promise<number[]> {
  const found: number[] = [];
  for (const name of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // Field 4 is the parent pid; the command (field 2) may hold spaces, so split after its ')'.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent === pid) found.push(Number(name));
  }
  return found;
}

/**
 * The node process that really runs `entry`: `pid` itself, or, if something wraps it (the tsx
 * CLI, npm), the first descendant whose command line names the entry file.
 */
export async function findEntryProcess(pid: number, entry: Entry): Promise<number> {
  const wanted = `apps/server/dist/${entry}.js`;
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift() as number;
    const cmd = await commandLine(next);
    if (cmd.includes(wanted) && !/\btsx\/dist\/cli/.test(cmd)) return next;
    queue.push(...(await childrenOf(next)));
  }
  return pid;
}

/** A `VmXXX:  1234 kB` figure of /proc/<pid>/status, in MB; null if unreadable. */
async function statusMb(pid: number, field: 'VmHWM' | 'VmRSS'): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) / 1024 : null;
}

/**
 * Peak resident memory of one process during a measurement. `start()` resets the kernel's
 * high-water mark (clear_refs 5) so the server's start-up does not count; the sampler is a
 * fallback for kernels that refuse the reset, and a cross-check.
 */
export class PeakRss {
  private sampled = 0;
  private timer: NodeJS.Timeout | null = null;
  baselineMb: number | null = null;
  /** False when the high-water mark could not be reset: VmHWM then includes start-up. */
  resetWorked = false;

  constructor(readonly pid: number) {}

  async start(): Promise<void> {
    this.resetWorked = await writeFile(`/proc/${this.pid}/clear_refs`, '5').then(
      () => true,
      () => false,
    );
    this.baselineMb = await statusMb(this.pid, 'VmRSS');
    this.sampled = this.baselineMb ?? 0;
    this.timer = setInterval(async () => {
      this.sampled = Math.max(this.sampled, (await statusMb(this.pid, 'VmRSS')) ?? 0);
    }, 200);
  }

  /** Stops sampling; the larger of the high-water mark and the samples, in MB. */
  async stop(): Promise<number | null> {
    if (this.timer) clearInterval(this.timer);
    return this.peakSoFar();
  }

  /** The peak since `start()`, sampling on. */
  async peakSoFar(): Promise<number | null> {
    const hwm = this.resetWorked ? await statusMb(this.pid, 'VmHWM') : null;
    const peak = Math.max(hwm ?? 0, this.sampled);
    return peak > 0 ? peak : null;
  }
}
