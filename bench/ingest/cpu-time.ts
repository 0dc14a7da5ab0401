import { readdir, readFile } from 'node:fs/promises';

/**
 * Clock ticks per second in /proc figures (USER_HZ): 100 on every Linux architecture Node runs
 * on; not the kernel's internal tick rate.
 */
const USER_HZ = 100;

/** CPU seconds a process used, from one line of `/proc/<pid>/stat`. */
export interface ProcessCpu {
  command: string;
  /** Its own threads' user + system time. */
  own: number;
  /** User + system time of its children that ended and were waited for (a postmaster's backends). */
  children: number;
}

/**
 * Parses `/proc/<pid>/stat`: the command (field 2) may hold spaces and parentheses, so the
 * fields are counted after its last ')'. Null for text that is not such a line.
 */
export function parseProcStat(stat: string, ticksPerSecond: number): ProcessCpu | null {
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  // After ')': state (field 3) is index 0, so utime (14) … cstime (17) are indexes 11 … 14.
  const fields = stat.slice(close + 2).split(' ');
  const ticks = fields.slice(11, 15).map(Number);
  if (ticks.length < 4 || ticks.some((t) => !Number.isFinite(t))) return null;
  const [utime, stime, cutime, cstime] = ticks as [number, number, number, number];
  return {
    command: stat.slice(open + 1, close),
    own: (utime + stime) / ticksPerSecond,
    children: (cutime + cstime) / ticksPerSecond,
  };
}

async function readProcessCpu(pid: number): Promise<ProcessCpu | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return parseProcStat(stat, USER_HZ);
}

/** Cumulative CPU seconds of the processes that do an import (`readCpu`). */
export interface CpuReading {
  worker: number;
  api: number;
  postgres: number;
}

/**
 * CPU seconds so far of the worker and the API (each with all its threads) and of every
 * PostgreSQL process of the machine. A backend that ends between two readings is not lost: the
 * postmaster waits for it, and the kernel adds its time to the postmaster's children time,
 * which is counted too. `apiPid`: null when the worker's process serves the API too.
 */
export async function readCpu(workerPid: number, apiPid: number | null): Promise<CpuReading> {
  const worker = await readProcessCpu(workerPid);
  const api = apiPid === null ? null : await readProcessCpu(apiPid);
  let postgres = 0;
  for (const name of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(name)) continue;
    const cpu = await readProcessCpu(Number(name));
    if (cpu?.command === 'postgres') postgres += cpu.own + cpu.children;
  }
  return { worker: worker?.own ?? 0, api: api?.own ?? 0, postgres };
}

/** CPU seconds used between two readings, and the least wall time they needed on `cores` cores. */
export interface CpuUse {
  worker_s: number;
  api_s: number;
  postgres_s: number;
  total_s: number;
  /** No schedule on the machine's cores can finish this work sooner. */
  all_cores_busy_s: number;
}

export function cpuBetween(before: CpuReading, after: CpuReading, cores: number): CpuUse {
  const round = (value: number) => Math.round(value * 100) / 100;
  const worker = after.worker - before.worker;
  const api = after.api - before.api;
  const postgres = after.postgres - before.postgres;
  const total = worker + api + postgres;
  return {
    worker_s: round(worker),
    api_s: round(api),
    postgres_s: round(postgres),
    total_s: round(total),
    all_cores_busy_s: round(total / cores),
  };
}
