import type { Env } from '../../env';
import type { MacroSourcesConfig } from './macro.retriever';

/** Job id of the periodic refresh: one pending at a time, whatever the number of workers. */
export const MACRO_REFRESH_JOB_ID = 'macro.refresh';

/** The live sources' settings from the environment (BDE only with both credentials). */
export function macroSourcesConfig(env: Env): MacroSourcesConfig {
  const { MACRO_BCCH_USER: user, MACRO_BCCH_PASSWORD: password } = env;
  if (Boolean(user) !== Boolean(password))
    throw new Error(
      'Invalid environment:\n  MACRO_BCCH_USER and MACRO_BCCH_PASSWORD go together (both or neither)',
    );
  return {
    mindicadorUrl: env.MACRO_MINDICADOR_URL,
    bcch: user && password ? { url: env.MACRO_BCCH_URL, user, password } : undefined,
    timeoutMs: env.MACRO_TIMEOUT_MS,
    retry: { attempts: env.MACRO_RETRIES + 1, baseDelayMs: 1000, maxDelayMs: 30_000 },
    breaker: { threshold: 5, cooldownMs: 15 * 60_000 },
  };
}
