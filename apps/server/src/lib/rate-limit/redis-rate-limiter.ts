import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { withTimeout } from '../with-timeout';
import { type RateLimiter, type RateLimitResult, type RateLimitRule, toResult } from './rate-limiter';

// INCR and set the window's expiry in one step, so a crash between the two cannot leave a
// counter that never expires.
const HIT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

const REFUND = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then return redis.call('DECR', KEYS[1]) end
return 0`;

/**
 * Fixed windows in Redis, shared by every API process. If Redis does not answer in time the
 * hit is allowed (and logged): sign-in must not stop with Redis, and account lockout still holds.
 */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;

  constructor(
    redisUrl: string,
    private readonly prefix: string,
    private readonly log: Logger,
    private readonly timeoutMs = 500,
  ) {
    // Lazy: processes that never check a limit (the worker) never connect.
    this.redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
    this.redis.on('error', (err) => this.log.warn({ err }, 'rate limiter: redis error'));
  }

  private key(key: string) {
    return `${this.prefix}:rl:${key}`;
  }

  async hit(key: string, rule: RateLimitRule): Promise<RateLimitResult> {
    try {
      const [count, ttl] = (await withTimeout(
        this.redis.eval(HIT, 1, this.key(key), String(rule.windowMs)),
        this.timeoutMs,
        'rate limiter',
      )) as [number, number];
      return toResult(count, rule, ttl);
    } catch (err) {
      this.log.error({ err, key }, 'rate limiter unavailable; allowing the request');
      return { allowed: true, count: 0, retryAfterSeconds: 1 };
    }
  }

  async refund(key: string): Promise<void> {
    await withTimeout(this.redis.eval(REFUND, 1, this.key(key)), this.timeoutMs, 'rate limiter').catch(
      (err) => this.log.warn({ err, key }, 'rate limiter refund failed'),
    );
  }

  async reset(key: string): Promise<void> {
    await withTimeout(this.redis.del(this.key(key)), this.timeoutMs, 'rate limiter').catch((err) =>
      this.log.warn({ err, key }, 'rate limiter reset failed'),
    );
  }

  async close(): Promise<void> {
    if (this.redis.status === 'wait') this.redis.disconnect();
    else await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
