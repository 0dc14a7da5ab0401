import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authEventsOf, freshIp, login, post } from '../../../test/auth-helpers';
import { buildTestApp, createOwner, type TestApp } from '../../../test/helpers';
import { TEST_REDIS_URL, uniquePrefix } from '../../../test/production-env';
import { RedisRateLimiter } from '../../lib/rate-limit/redis-rate-limiter';

function expectRateLimited(res: Awaited<ReturnType<typeof login>>) {
  expect(res.statusCode).toBe(429);
  expect(res.json().error).toMatchObject({
    code: 'RATE_LIMITED',
    message: expect.stringContaining('Too many attempts'),
    message_es: expect.stringContaining('Demasiados intentos'),
  });
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

describe('auth rate limits (in-memory adapter)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
  });
  afterAll(() => t.close());

  it('allows 10 failed sign-ins a minute per IP, then answers 429 with Retry-After', async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++) {
      const res = await login(t.app, { email: `probe${i}@example.cl`, password: 'guess guess' }, { ip });
      expect(res.statusCode, `attempt ${i + 1}`).toBe(401);
    }
    expectRateLimited(await login(t.app, { email: 'probe10@example.cl', password: 'guess guess' }, { ip }));
    // Another client is not affected.
    expect((await login(t.app, { email: 'probe10@example.cl', password: 'guess guess' })).statusCode).toBe(
      401,
    );
    const events = await authEventsOf(t, { email: 'probe10@example.cl' });
    expect(events.map((e) => e.kind)).toEqual(['failed', 'rate_limited']);
  });

  it('allows 5 attempts a minute per account from any number of IPs', async () => {
    const target = { email: 'target@example.cl', password: 'guess guess' };
    for (let i = 0; i < 5; i++) expect((await login(t.app, target, { ip: freshIp() })).statusCode).toBe(401);
    expectRateLimited(await login(t.app, target, { ip: freshIp() }));
    expectRateLimited(await login(t.app, { ...target, email: 'TARGET@example.cl' }, { ip: freshIp() }));
  });

  it('does not count successful sign-ins (an office behind one IP can sign in all morning)', async () => {
    const owner = await createOwner(t.db, 'Office');
    const ip = freshIp();
    for (let i = 0; i < 12; i++) expect((await login(t.app, owner, { ip })).statusCode).toBe(200);
  });

  it('limits registrations per IP', async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++) {
      const payload = { email: `signup${i}@example.cl`, password: 'Cazuela de vacuno 44', name: 'Signup' };
      expect((await post(t.app, '/api/v1/auth/register', payload, { ip })).statusCode).toBe(201);
    }
    const payload = { email: 'signup10@example.cl', password: 'Cazuela de vacuno 44', name: 'Signup' };
    expectRateLimited(await post(t.app, '/api/v1/auth/register', payload, { ip }));
  });

  it('limits reset e-mails to one address to 3 per 15 minutes', async () => {
    const owner = await createOwner(t.db, 'Flooded');
    const request = () => post(t.app, '/api/v1/auth/password-reset/request', { email: owner.email });
    for (let i = 0; i < 3; i++) expect((await request()).statusCode).toBe(202);
    const res = await request();
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(14 * 60);
  });
});

describe.skipIf(!TEST_REDIS_URL)('auth rate limits shared through Redis (two API processes)', () => {
  let api1: TestApp;
  let api2: TestApp;
  let limiters: RedisRateLimiter[];
  beforeAll(async () => {
    const prefix = uniquePrefix('auth-rl');
    limiters = [0, 1].map(() => new RedisRateLimiter(TEST_REDIS_URL as string, prefix, silentLog()));
    api1 = await buildTestApp({ startWorker: false, rateLimiter: limiters[0] });
    api2 = await buildTestApp({ startWorker: false, db: api1.db, rateLimiter: limiters[1] });
  });
  afterAll(async () => {
    await api2?.close();
    await api1?.close();
    for (const limiter of limiters ?? []) await limiter.close();
  });

  it('counts attempts against one IP across both processes', async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++) {
      const app = i % 2 === 0 ? api1 : api2;
      const res = await login(app.app, { email: `shared${i}@example.cl`, password: 'guess guess' }, { ip });
      expect(res.statusCode, `attempt ${i + 1}`).toBe(401);
    }
    expectRateLimited(
      await login(api1.app, { email: 'shared10@example.cl', password: 'guess guess' }, { ip }),
    );
    expectRateLimited(
      await login(api2.app, { email: 'shared11@example.cl', password: 'guess guess' }, { ip }),
    );
  });
});

function silentLog() {
  return pino({ level: 'silent' });
}
