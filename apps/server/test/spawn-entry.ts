import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { entryArguments, PROCESS_ENVIRONMENT } from '../src/runtime/node-flags';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface SpawnedEntry {
  child: ChildProcess;
  output(): string;
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | null>;
  exited: Promise<number | null>;
}

/**
 * Runs a server entrypoint (`main`, `api`, `worker`) as its own process from the bundle the test
 * setup built, with the flags of `npm run start*` (node itself, so signals reach the server).
 */
export function spawnEntry(entry: 'main' | 'api' | 'worker', env: Record<string, string>): SpawnedEntry {
  const file = fileURLToPath(new URL(`../dist/${entry}.js`, import.meta.url));
  const child = spawn(process.execPath, entryArguments(entry, file), {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      LOG_LEVEL: 'info',
      ...PROCESS_ENVIRONMENT,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => {
    done = true;
  });
  return {
    child,
    exited,
    output: () => out,
    async waitFor(text, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      const matches = () => (typeof text === 'string' ? out.includes(text) : text.test(out));
      while (!matches()) {
        if (done) throw new Error(`${entry} exited before printing ${text}:\n${out.slice(-3000)}`);
        if (Date.now() > deadline)
          throw new Error(`${entry} did not print ${text} in time:\n${out.slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop(signal = 'SIGTERM', timeoutMs = 20_000) {
      if (done) return child.exitCode;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
