/**
 * Answers of the analytics read endpoints (dashboard, metrics, breakdowns), cached per company
 * until the company's figures change. Every change to them publishes `analytics.updated`; the
 * publisher invalidates the company first (invalidating-event-bus.ts), so a browser that
 * refetches on that event never reads the old answer. Macro series refreshes invalidate all.
 *
 * Invalidation bumps a generation. An answer computed while a generation was current is stored
 * only if that generation is still current when it is stored: a read that began before an import
 * committed can never store the old figures after the import's invalidation. Between an import's
 * commit and its invalidation the company is marked as changing (`beginChange`, just before the
 * commit): reads then go to the database and store nothing, so no reader sees old figures once
 * the new ones are committed.
 */
export interface AnalyticsCache {
  /** The answer stored for `companyId` under `key`, or `compute()`'s, stored for the next call. */
  read<T>(companyId: string, key: string, compute: () => Promise<T>): Promise<T>;
  /** The company's figures are about to change (call before committing): bypass until `invalidate`. */
  beginChange(companyId: string): Promise<void>;
  /** Forgets every answer of the company (its lines or features changed) and ends `beginChange`. */
  invalidate(companyId: string): Promise<void>;
  /** Forgets every answer of every company (macro series changed). */
  invalidateAll(): Promise<void>;
  close(): Promise<void>;
}

/** The cache key of an endpoint's query: its name and the defined parameters in a fixed order. */
export function analyticsKey(endpoint: string, query: object = {}): string {
  const defined = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${endpoint}?${defined.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&')}`;
}

/** For tests and the embedded app without a cache: always computes. */
export const NO_ANALYTICS_CACHE: AnalyticsCache = {
  read: (_companyId, _key, compute) => compute(),
  beginChange: async () => {},
  invalidate: async () => {},
  invalidateAll: async () => {},
  close: async () => {},
};

/**
 * Concurrent misses of the same key share one computation: after an import 200 open dashboards
 * refetch at once, and the database should answer each distinct question once.
 */
export class SharedComputations {
  private readonly running = new Map<string, Promise<unknown>>();

  run<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const current = this.running.get(key);
    if (current) return current as Promise<T>;
    const started = compute().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }
}
