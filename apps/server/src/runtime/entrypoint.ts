import type { Logger } from 'pino';
import { type Env, loadEnv } from '../env';
import { createLogger } from './logger';

/** Loads the environment, makes the logger, runs `main`; any failure is logged and exits 1. */
export function runEntrypoint(service: string, main: (env: Env, log: Logger) => Promise<void>): void {
  let env: Env;
  try {
    env = loadEnv();
  } catch (err) {
    process.stderr.write(`${service}: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
  const log = createLogger(env.LOG_LEVEL, service);
  main(env, log).catch((err) => {
    log.fatal({ err }, `${service} could not start`);
    process.exit(1);
  });
}
