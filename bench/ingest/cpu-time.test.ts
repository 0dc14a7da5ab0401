import { describe, expect, it } from 'vitest';
import { cpuBetween, parseProcStat, readCpu } from './cpu-time';

// A real line's shape: pid (comm) state ppid … utime stime cutime cstime (fields 14-17) …
const statLine = (comm: string, utime: number, stime: number, cutime: number, cstime: number) =>
  `4242 (${comm}) S 1 4242 4242 0 -1 4194560 1200 0 0 0 ${utime} ${stime} ${cutime} ${cstime} 20 0 1 0 77 1000 250 18446744073709551615`;

describe('parseProcStat', () => {
  it('reads own and children CPU seconds after the command, whatever it holds', () => {
    expect(parseProcStat(statLine('postgres', 150, 50, 900, 100), 100)).toEqual({
      command: 'postgres',
      own: 2,
      children: 10,
    });
    // Spaces and a ')' inside the command must not shift the fields.
    expect(parseProcStat(statLine('node (worker) x', 7, 3, 0, 0), 100)).toEqual({
      command: 'node (worker) x',
      own: 0.1,
      children: 0,
    });
  });

  it('refuses text that is not a stat line', () => {
    expect(parseProcStat('', 100)).toBeNull();
    expect(parseProcStat('4242 (node) S 1 2', 100)).toBeNull();
  });
});

describe('cpuBetween', () => {
  it('subtracts each process group and bounds the wall time by the cores', () => {
    const use = cpuBetween({ worker: 1, api: 0.5, postgres: 2 }, { worker: 9, api: 1, postgres: 7.5 }, 2);
    expect(use).toEqual({ worker_s: 8, api_s: 0.5, postgres_s: 5.5, total_s: 14, all_cores_busy_s: 7 });
  });
});

describe('readCpu', () => {
  it("counts this process's own CPU time as it is spent", async () => {
    const before = await readCpu(process.pid, null);
    const until = performance.now() + 300;
    let spin = 0;
    while (performance.now() < until) spin++;
    const after = await readCpu(process.pid, null);
    expect(spin).toBeGreaterThan(0);
    expect(after.worker - before.worker).toBeGreaterThanOrEqual(0.2);
    expect(after.api).toBe(0);
  });
});
