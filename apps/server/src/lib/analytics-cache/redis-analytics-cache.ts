import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { withTimeout } from '../with-timeout';
import { type AnalyticsCache, SharedComputations } from './analytics-cache';

const GENERATION = '#generation';

// Stores an answer only if neither generation moved since the read that computed it and the
// company is not changing (KEYS[3]). The
// company's hash is dropped (generation kept, one higher) when it grows past ARGV[6] answers.
const STORE = `
local company = redis.call('HGET', KEYS[1], '${GENERATION}') or '0'
local global = redis.call('GET', KEYS[2]) or '0'
if company ~= ARGV[1] or global ~= ARGV[2] or redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
if redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[6]) then
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], '${GENERATION}', tonumber(company) + 1)
  redis.call('EXPIRE', KEYS[1], ARGV[5])
  return 0
end
redis.call('HSET', KEYS[1], ARGV[3], ARGV[4])
redis.call('EXPIRE', KEYS[1], ARGV[5])
return 1`;

const INVALIDATE = `
local next = tonumber(redis.call('HGET', KEYS[1], '${GENERATION}') or '0') + 1
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], '${GENERATION}', next)
redis.call('EXPIRE', KEYS[1], ARGV[1])
redis.call('DEL', KEYS[2])
return next`;

/** A change that never ends (its process died) stops bypassing the cache after this long. */
const CHANGING_TTL_SECONDS = 3600;

export interface RedisAnalyticsCacheOptions {
  /** How long a company's answers live without a change (seconds): bounds what a lost invalidation costs. */
  ttlSeconds?: number;
  /** Answers per company before its hash is dropped and refilled. */
  maxEntriesPerCompany?: number;
  /** A Redis call slower than this is skipped: the answer is computed instead. */
  timeoutMs?: number;
}

/**
 * Shared by every API process: one hash per company (`<prefix>:analytics:<companyId>`) holding
 * its generation and its answers, each tagged with the generations it was computed under, and
 * one global generation. A read is one round trip. If Redis fails or is slow the answer is
 * computed from PostgreSQL (and not stored): the dashboards stay up without Redis.
 */
export class RedisAnalyticsCache implements AnalyticsCache {
  private readonly redis: Redis;
  private readonly shared = new SharedComputations();
  private readonly ttlSeconds: number;
  private readonly maxEntries: number;
  private readonly timeoutMs: number;
  private failing = false;
  /** The first connection: calls wait for it (briefly) rather than failing while it opens. */
  private connecting: Promise<void> | null;

  constructor(
    redisUrl: string,
    private readonly prefix: string,
    private readonly log: Logger,
    options: RedisAnalyticsCacheOptions = {},
  ) {
    this.ttlSeconds = options.ttlSeconds ?? 600;
    this.maxEntries = options.maxEntriesPerCompany ?? 2000;
    this.timeoutMs = options.timeoutMs ?? 250;
    // No offline queue: while Redis is down a call fails at once instead of waiting for it.
    this.redis = new Redis(redisUrl, {
      maxRetriesPerRequest: 1,
      lazyConnect: true,
      enableOfflineQueue: false,
    });
    this.redis.on('error', (err) => this.warnOnce(err));
    this.connecting = this.redis.connect().then(
      () => {
        this.connecting = null;
      },
      (err) => {
        this.connecting = null;
        this.warnOnce(err);
      },
    );
  }

  private async connected() {
    if (this.connecting) await withTimeout(this.connecting, this.timeoutMs, 'analytics cache connect');
  }

  private companyKey(companyId: string) {
    return `${this.prefix}:analytics:${companyId}`;
  }

  private changingKey(companyId: string) {
    return `${this.prefix}:analytics-changing:${companyId}`;
  }

  private get globalKey() {
    return `${this.prefix}:analytics:#all`;
  }

  async read<T>(companyId: string, key: string, compute: () => Promise<T>): Promise<T> {
    const companyKey = this.companyKey(companyId);
    let tags: { company: string; global: string };
    try {
      await this.connected();
      const [[, answers], [, global], [, changing]] = (await withTimeout(
        this.redis
          .multi()
          .hmget(companyKey, GENERATION, key)
          .get(this.globalKey)
          .exists(this.changingKey(companyId))
          .exec(),
        this.timeoutMs,
        'analytics cache read',
      )) as [[unknown, [string | null, string | null]], [unknown, string | null], [unknown, number]];
      this.recovered();
      if (changing === 1) return compute();
      tags = { company: answers[0] ?? '0', global: global ?? '0' };
      const stored = answers[1];
      const tag = `${tags.company}:${tags.global}\n`;
      if (stored?.startsWith(tag)) return JSON.parse(stored.slice(tag.length)) as T;
    } catch (err) {
      this.warnOnce(err);
      return compute();
    }
    const flight = `${companyId}\n${tags.company}:${tags.global}\n${key}`;
    const json = await this.shared.run(flight, async () => {
      const text = JSON.stringify(await compute());
      // Not awaited: the answer need not wait for Redis to keep it.
      void withTimeout(
        this.redis.eval(
          STORE,
          3,
          companyKey,
          this.globalKey,
          this.changingKey(companyId),
          tags.company,
          tags.global,
          key,
          `${tags.company}:${tags.global}\n${text}`,
          String(this.ttlSeconds),
          String(this.maxEntries),
        ),
        this.timeoutMs,
        'analytics cache store',
      ).catch((err) => this.warnOnce(err));
      return text;
    });
    return JSON.parse(json) as T;
  }

  async beginChange(companyId: string) {
    await this.connected();
    await withTimeout(
      this.redis.set(this.changingKey(companyId), '1', 'EX', CHANGING_TTL_SECONDS),
      this.timeoutMs * 4,
      'analytics cache change',
    );
  }

  async invalidate(companyId: string) {
    await this.connected();
    await withTimeout(
      this.redis.eval(
        INVALIDATE,
        2,
        this.companyKey(companyId),
        this.changingKey(companyId),
        String(this.ttlSeconds),
      ),
      this.timeoutMs * 4,
      'analytics cache invalidate',
    );
  }

  async invalidateAll() {
    await this.connected();
    await withTimeout(this.redis.incr(this.globalKey), this.timeoutMs * 4, 'analytics cache invalidate');
  }

  async close() {
    this.redis.disconnect();
  }

  private warnOnce(err: unknown) {
    if (!this.failing) this.log.warn({ err }, 'analytics cache unavailable; answering from the database');
    this.failing = true;
  }

  private recovered() {
    if (this.failing) this.log.info('analytics cache reachable again');
    this.failing = false;
  }
}
