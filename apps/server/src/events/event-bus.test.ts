import type { AppEvent } from '@ayni/contracts';
import { describe, expect, it } from 'vitest';
import { eventually, silentLog } from '../../test/helpers';
import { TEST_REDIS_URL, uniquePrefix } from '../../test/production-env';
import { InProcessEventBus, RedisEventBus } from './event-bus';

const event: AppEvent = {
  type: 'job.completed',
  company_id: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
  job_id: 'j1',
  name: 'analytics.refresh',
  at: '2026-11-21T12:00:00.000Z',
};

describe('in-process event bus', () => {
  it('delivers to subscribers until they unsubscribe', async () => {
    const bus = new InProcessEventBus();
    const got: AppEvent[] = [];
    const off = bus.subscribe((e) => got.push(e));
    await bus.publish(event);
    off();
    await bus.publish(event);
    expect(got).toEqual([event]);
  });
});

describe.skipIf(!TEST_REDIS_URL)('Redis event bus (real Redis)', () => {
  it('fans an event published in one process out to every other', async () => {
    const prefix = uniquePrefix('bus');
    const publisher = new RedisEventBus(TEST_REDIS_URL as string, prefix, silentLog);
    const api1 = new RedisEventBus(TEST_REDIS_URL as string, prefix, silentLog);
    const api2 = new RedisEventBus(TEST_REDIS_URL as string, prefix, silentLog);
    const elsewhere = new RedisEventBus(TEST_REDIS_URL as string, uniquePrefix('other'), silentLog);
    await Promise.all([api1.whenReady(), api2.whenReady(), elsewhere.whenReady()]);
    const got1: AppEvent[] = [];
    const got2: AppEvent[] = [];
    const gotElsewhere: AppEvent[] = [];
    api1.subscribe((e) => got1.push(e));
    api2.subscribe((e) => got2.push(e));
    elsewhere.subscribe((e) => gotElsewhere.push(e));
    await publisher.publish(event);
    await eventually(async () => (got1.length && got2.length ? true : undefined));
    expect(got1).toEqual([event]);
    expect(got2).toEqual([event]);
    expect(gotElsewhere).toEqual([]);
    await Promise.all([publisher, api1, api2, elsewhere].map((b) => b.close()));
  });
});
