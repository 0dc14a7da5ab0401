import type { AppEvent } from '@ayni/contracts';
import type { Logger } from 'pino';
import type { AnalyticsCache } from '../lib/analytics-cache/analytics-cache';
import type { EventBus, EventListener } from './event-bus';

const RETRY_MS = 5000;

/**
 * Invalidates a company's cached analytics answers before its `analytics.updated` is published,
 * so a client refetching on the event gets the new figures. Every change to a company's figures
 * publishes that event through the bus handed to publishers, which makes this the one place
 * that keeps the cache true. An invalidation that fails (Redis down) is retried every few
 * seconds until it succeeds; meanwhile the cache's TTL bounds how long an old answer can live.
 */
export class CacheInvalidatingEventBus implements EventBus {
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly inner: EventBus,
    private readonly cache: AnalyticsCache,
    private readonly log: Logger,
  ) {}

  async publish(event: AppEvent) {
    if (event.type === 'analytics.updated') await this.invalidate(event.company_id);
    await this.inner.publish(event);
  }

  subscribe(listener: EventListener) {
    return this.inner.subscribe(listener);
  }

  async close() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.inner.close();
  }

  private async invalidate(companyId: string) {
    try {
      await this.cache.invalidate(companyId);
      this.pending.delete(companyId);
    } catch (err) {
      this.log.warn({ err, company_id: companyId }, 'analytics cache invalidation failed; retrying');
      this.pending.add(companyId);
      this.scheduleRetry();
    }
  }

  private scheduleRetry() {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      const companies = [...this.pending];
      void Promise.all(companies.map((id) => this.invalidate(id)));
    }, RETRY_MS);
    this.timer.unref();
  }
}
