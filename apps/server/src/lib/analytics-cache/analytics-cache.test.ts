import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLog } from '../../../test/helpers';
import { TEST_REDIS_URL, uniquePrefix } from '../../../test/production-env';
import { findFreePort } from '../../infra/free-port';
import { type AnalyticsCache, analyticsKey } from './analytics-cache';
import { MemoryAnalyticsCache } from './memory-analytics-cache';
import { RedisAnalyticsCache } from './redis-analytics-cache';

/** A computation that counts its calls and answers the current "database" value. */
function source(initial: number) {
  const state = { value: initial, calls: 0 };
  const compute = async () => {
    state.calls += 1;
    return { revenue: state.value, rows: [{ day: '2025-10-01', units: 1.5 }] };
  };
  return { state, compute };
}

/** Resolves after the cache has written (Redis stores are not awaited by the reader). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

const caches: Array<{ name: string; make: () => AnalyticsCache; skip: boolean }> = [
  { name: 'in memory', make: () => new MemoryAnalyticsCache(), skip: false },
  {
    name: 'in Redis',
    make: () => new RedisAnalyticsCache(TEST_REDIS_URL as string, uniquePrefix('analytics'), silentLog),
    skip: !TEST_REDIS_URL,
  },
];

describe.each(caches)('analytics cache $name', ({ make, skip }) => {
  const opened: AnalyticsCache[] = [];
  const open = () => {
    const cache = make();
    opened.push(cache);
    return cache;
  };
  afterAll(async () => {
    await Promise.all(opened.map((c) => c.close()));
  });

  it.skipIf(skip)('answers from the cache until the company is invalidated', async () => {
    const cache = open();
    const company = randomUUID();
    const { state, compute } = source(100);
    expect(await cache.read(company, 'summary?', compute)).toEqual(await compute());
    state.calls = 1;
    await settle();
    state.value = 200; // the database changed, but nobody said so yet
    expect((await cache.read(company, 'summary?', compute)).revenue).toBe(100);
    expect(state.calls).toBe(1);
    await cache.invalidate(company);
    expect((await cache.read(company, 'summary?', compute)).revenue).toBe(200);
    expect(state.calls).toBe(2);
    // Another company and another key are separate answers.
    await cache.read(randomUUID(), 'summary?', compute);
    await cache.read(company, 'summary?grain=month', compute);
    expect(state.calls).toBe(4);
  });

  it.skipIf(skip)('gives every caller its own copy', async () => {
    const cache = open();
    const company = randomUUID();
    const { compute } = source(7);
    const first = await cache.read(company, 'k', compute);
    (first.rows[0] as { units: number }).units = 99;
    await settle();
    const second = await cache.read(company, 'k', compute);
    expect(second.rows[0]?.units).toBe(1.5);
    second.revenue = -1;
    expect((await cache.read(company, 'k', compute)).revenue).toBe(7);
  });

  it.skipIf(skip)('runs concurrent misses of one key once', async () => {
    const cache = open();
    const company = randomUUID();
    let calls = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = async () => {
      calls += 1;
      await gate;
      return { revenue: 5 };
    };
    const reads = Array.from({ length: 20 }, () => cache.read(company, 'k', slow));
    await settle();
    release();
    const answers = await Promise.all(reads);
    expect(answers.every((a) => a.revenue === 5)).toBe(true);
    expect(calls).toBe(1);
  });

  it.skipIf(skip)('never stores an answer computed before an invalidation', async () => {
    const cache = open();
    const company = randomUUID();
    const db = { value: 1 };
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The read takes its snapshot, then waits; meanwhile an import commits and invalidates.
    const stale = cache.read(company, 'k', async () => {
      const snapshot = db.value;
      await gate;
      return { revenue: snapshot };
    });
    await settle();
    db.value = 2;
    await cache.invalidate(company);
    release();
    expect((await stale).revenue).toBe(1); // that reader saw its own snapshot…
    await settle();
    // …but the next one gets the committed figures, not the stale answer.
    expect((await cache.read(company, 'k', async () => ({ revenue: db.value }))).revenue).toBe(2);
  });

  it.skipIf(skip)(
    'reads the database while a change is being committed, and caches again after',
    async () => {
      const cache = open();
      const company = randomUUID();
      const { state, compute } = source(10);
      await cache.read(company, 'k', compute);
      await settle();
      await cache.beginChange(company);
      state.value = 20; // committed; the invalidation has not arrived yet
      expect((await cache.read(company, 'k', compute)).revenue).toBe(20);
      await settle();
      expect((await cache.read(company, 'k', compute)).revenue).toBe(20);
      expect(state.calls).toBe(3); // nothing was stored while changing
      await cache.invalidate(company);
      await cache.read(company, 'k', compute);
      await settle();
      await cache.read(company, 'k', compute);
      expect(state.calls).toBe(4);
    },
  );

  it.skipIf(skip)('forgets every company on invalidateAll (macro series refreshed)', async () => {
    const cache = open();
    const companies = [randomUUID(), randomUUID()];
    const { state, compute } = source(3);
    for (const c of companies) await cache.read(c, 'metrics?grain=month', compute);
    await settle();
    await cache.invalidateAll();
    state.value = 4;
    for (const c of companies) {
      expect((await cache.read(c, 'metrics?grain=month', compute)).revenue).toBe(4);
    }
    expect(state.calls).toBe(4);
  });

  it.skipIf(skip)('does not cache failures', async () => {
    const cache = open();
    const company = randomUUID();
    await expect(
      cache.read(company, 'k', async () => {
        throw new Error('database down');
      }),
    ).rejects.toThrow('database down');
    expect((await cache.read(company, 'k', async () => ({ revenue: 1 }))).revenue).toBe(1);
  });
});

describe.skipIf(!TEST_REDIS_URL)('analytics cache in Redis, shared by API processes', () => {
  it('an invalidation by one process (the worker) reaches the answers every process stored', async () => {
    const prefix = uniquePrefix('analytics-shared');
    const open = () => new RedisAnalyticsCache(TEST_REDIS_URL as string, prefix, silentLog);
    const [api1, api2, worker] = [open(), open(), open()];
    try {
      const company = randomUUID();
      const db = { value: 1, calls: 0 };
      const compute = async () => {
        db.calls += 1;
        return { revenue: db.value };
      };
      await api1.read(company, 'k', compute);
      await settle();
      expect((await api2.read(company, 'k', compute)).revenue).toBe(1);
      expect(db.calls).toBe(1); // api2 answered from what api1 stored
      db.value = 2;
      await worker.invalidate(company);
      expect((await api2.read(company, 'k', compute)).revenue).toBe(2);
      await settle();
      expect((await api1.read(company, 'k', compute)).revenue).toBe(2);
      expect(db.calls).toBe(2);
    } finally {
      await Promise.all([api1, api2, worker].map((c) => c.close()));
    }
  });

  it('drops a company whose answers pass the cap, keeping the generation moving', async () => {
    const cache = new RedisAnalyticsCache(
      TEST_REDIS_URL as string,
      uniquePrefix('analytics-cap'),
      silentLog,
      {
        maxEntriesPerCompany: 3,
      },
    );
    try {
      const company = randomUUID();
      let calls = 0;
      const compute = async () => ({ n: ++calls });
      for (const key of ['a', 'b', 'c', 'd']) {
        await cache.read(company, key, compute);
        await settle();
      }
      // The hash held the generation and two answers when 'c' came: it was dropped, so 'a' is gone.
      await cache.read(company, 'a', compute);
      expect(calls).toBe(5);
    } finally {
      await cache.close();
    }
  });
});

describe('analytics cache without Redis', () => {
  it('answers from the database when Redis cannot be reached, and reports invalidations as failed', async () => {
    const port = await findFreePort();
    const cache = new RedisAnalyticsCache(`redis://127.0.0.1:${port}`, 'nowhere', silentLog, {
      timeoutMs: 100,
    });
    try {
      let calls = 0;
      const compute = async () => ({ n: ++calls });
      expect(await cache.read(randomUUID(), 'k', compute)).toEqual({ n: 1 });
      expect(await cache.read(randomUUID(), 'k', compute)).toEqual({ n: 2 });
      await expect(cache.invalidate(randomUUID())).rejects.toThrow();
    } finally {
      await cache.close();
    }
  });
});

describe('analyticsKey', () => {
  it('is the same for the same parameters in any order, and leaves out the unset ones', () => {
    expect(analyticsKey('products', { sort: '-revenue', page: 1, from: undefined, to: '' })).toBe(
      analyticsKey('products', { page: 1, sort: '-revenue' }),
    );
    expect(analyticsKey('products', { page: 1 })).not.toBe(analyticsKey('products', { page: 2 }));
    expect(analyticsKey('products', { q: 'a&b=c' })).not.toBe(analyticsKey('products', { q: 'a', b: 'c' }));
  });
});
