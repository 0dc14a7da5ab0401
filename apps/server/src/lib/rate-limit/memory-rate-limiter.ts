import { type RateLimiter, type RateLimitResult, type RateLimitRule, toResult } from './rate-limiter';

interface Window {
  count: number;
  endsAt: number;
}

/** Fixed windows in a Map, for a single process. Expired windows are swept as keys grow. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly now: () => number = Date.now) {}

  async hit(key: string, rule: RateLimitRule): Promise<RateLimitResult> {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      if (this.windows.size >= 10_000) this.sweep(now);
      window = { count: 0, endsAt: now + rule.windowMs };
      this.windows.set(key, window);
    }
    window.count++;
    return toResult(window.count, rule, window.endsAt - now);
  }

  async refund(key: string): Promise<void> {
    const window = this.windows.get(key);
    if (window && window.count > 0) window.count--;
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  async close(): Promise<void> {
    this.windows.clear();
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
