import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL, uniquePrefix } from '../../../test/production-env';
import { MemoryRateLimiter } from './memory-rate-limiter';
import { RedisRateLimiter } from './redis-rate-limiter';

const rule = { limit: 3, windowMs: 60_000 };

describe('in-memory rate limiter', () => {
  it('allows `limit` hits per window, then refuses until the window ends', async () => {
    let now = 1_000_000;
    const limiter = new MemoryRateLimiter(() => now);
    for (let i = 1; i <= 3; i++)
      expect(await limiter.hit('k', rule)).toMatchObject({ allowed: true, count: i });
    now += 15_000;
    expect(await limiter.hit('k', rule)).toEqual({ allowed: false, count: 4, retryAfterSeconds: 45 });
    expect((await limiter.hit('other', rule)).allowed).toBe(true);
    now += 45_000;
    expect(await limiter.hit('k', rule)).toMatchObject({ allowed: true, count: 1 });
  });

  it('gives hits back and forgets keys', async () => {
    const limiter = new MemoryRateLimiter();
    for (let i = 0; i < 3; i++) await limiter.hit('k', rule);
    await limiter.refund('k');
    expect(await limiter.hit('k', rule)).toMatchObject({ allowed: true, count: 3 });
    await limiter.reset('k');
    expect(await limiter.hit('k', rule)).toMatchObject({ count: 1 });
    await limiter.refund('never-seen');
  });
});

describe.skipIf(!TEST_REDIS_URL)('Redis rate limiter (real Redis)', () => {
  const log = pino({ level: 'silent' });
  let a: RedisRateLimiter;
  let b: RedisRateLimiter;
  let elsewhere: RedisRateLimiter;
  beforeAll(() => {
    const prefix = uniquePrefix('rl');
    a = new RedisRateLimiter(TEST_REDIS_URL as string, prefix, log);
    b = new RedisRateLimiter(TEST_REDIS_URL as string, prefix, log);
    elsewhere = new RedisRateLimiter(TEST_REDIS_URL as string, uniquePrefix('rl-other'), log);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close(), elsewhere?.close()]);
  });

  it('shares counts between two limiter instances (two API processes)', async () => {
    expect(await a.hit('ip:1', rule)).toMatchObject({ allowed: true, count: 1 });
    expect(await b.hit('ip:1', rule)).toMatchObject({ allowed: true, count: 2 });
    expect(await a.hit('ip:1', rule)).toMatchObject({ allowed: true, count: 3 });
    const refused = await b.hit('ip:1', rule);
    expect(refused).toMatchObject({ allowed: false, count: 4 });
    expect(refused.retryAfterSeconds).toBeGreaterThan(55);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another prefix (another environment) has its own counts.
    expect(await elsewhere.hit('ip:1', rule)).toMatchObject({ count: 1 });
  });

  it('expires the window, and refunds and resets across instances', async () => {
    const short = { limit: 1, windowMs: 300 };
    expect((await a.hit('short', short)).allowed).toBe(true);
    expect((await b.hit('short', short)).allowed).toBe(false);
    await new Promise((r) => setTimeout(r, 400));
    expect(await b.hit('short', short)).toMatchObject({ allowed: true, count: 1 });

    await a.hit('acct', rule);
    await a.hit('acct', rule);
    await b.refund('acct');
    expect(await a.hit('acct', rule)).toMatchObject({ count: 2 });
    await b.reset('acct');
    expect(await a.hit('acct', rule)).toMatchObject({ count: 1 });
    await a.refund('never-seen');
    expect(await a.hit('never-seen', rule)).toMatchObject({ count: 1 });
  });

  it('lets requests through when Redis cannot be reached (lockout still protects accounts)', async () => {
    const down = new RedisRateLimiter('redis://127.0.0.1:1', 'down', log, 200);
    expect((await down.hit('k', rule)).allowed).toBe(true);
    await down.close();
  });
});
