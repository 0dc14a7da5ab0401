/** A fixed-window limit: at most `limit` hits per `windowMs`. */
export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** Hits in the current window, this one included. */
  count: number;
  /** Seconds until the window ends (for `Retry-After`); at least 1. */
  retryAfterSeconds: number;
}

/**
 * Counts hits per key. The in-memory adapter serves one process (embedded mode); the Redis one
 * shares counts between API processes. `runtime/runtime.ts` picks one.
 */
export interface RateLimiter {
  /** Counts a hit against `key` and says whether it is still within `rule`. */
  hit(key: string, rule: RateLimitRule): Promise<RateLimitResult>;
  /** Takes one hit back (e.g. an attempt that turned out to be legitimate). */
  refund(key: string): Promise<void>;
  /** Forgets the key's window. */
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

export function toResult(count: number, rule: RateLimitRule, msLeft: number): RateLimitResult {
  return {
    allowed: count <= rule.limit,
    count,
    retryAfterSeconds: Math.max(1, Math.ceil(msLeft / 1000)),
  };
}
