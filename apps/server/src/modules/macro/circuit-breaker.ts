import { BreakerOpenError } from './macro-errors';

export type BreakerState = 'closed' | 'open' | 'half-open';

/**
 * One per source. After `threshold` consecutive failed calls it opens: calls fail at once for
 * `cooldownMs`, then one trial call is let through (half-open); its success closes it again.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor(
    readonly source: string,
    private readonly options: { threshold: number; cooldownMs: number; clock: () => number },
  ) {}

  get state(): BreakerState {
    if (this.openedAt === null) return 'closed';
    return this.options.clock() - this.openedAt >= this.options.cooldownMs ? 'half-open' : 'open';
  }

  async call<T>(work: () => Promise<T>): Promise<T> {
    const state = this.state;
    if (state === 'open' || (state === 'half-open' && this.trialInFlight))
      throw new BreakerOpenError(this.source);
    this.trialInFlight = state === 'half-open';
    try {
      const result = await work();
      this.failures = 0;
      this.openedAt = null;
      return result;
    } catch (err) {
      this.failures++;
      if (state === 'half-open' || this.failures >= this.options.threshold)
        this.openedAt = this.options.clock();
      throw err;
    } finally {
      this.trialInFlight = false;
    }
  }
}
