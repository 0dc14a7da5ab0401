import { BreakerOpenError, MacroSourceError } from './macro-errors';

export interface RetryOptions {
  /** Attempts in all (1 = no retry). */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** [0, 1); injectable so tests know the delays. */
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Delay before retry `n` (1-based): full jitter over an exponential ceiling. */
export function retryDelayMs(n: number, options: RetryOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (n - 1));
  return Math.floor((options.random ?? Math.random)() * ceiling);
}

/** Runs `work` until it succeeds, retrying transient source errors only. */
export async function withRetry<T>(work: () => Promise<T>, options: RetryOptions): Promise<T> {
  let previous: unknown = null;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      // A breaker that opened during the retries: the real failure says more than "circuit open".
      if (err instanceof BreakerOpenError && previous !== null) throw previous;
      previous = err;
      const transient =
        err instanceof MacroSourceError && err.transient && !(err instanceof BreakerOpenError);
      if (!transient || attempt >= options.attempts) throw err;
      await (options.sleep ?? wait)(retryDelayMs(attempt, options));
    }
  }
}
