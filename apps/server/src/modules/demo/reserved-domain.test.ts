import { DEMO_VISITOR_EMAIL_DOMAIN } from '@ayni/contracts';
import { DEMO_VISITOR_DOMAIN } from '@ayni/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers';

describe("the demo visitors' e-mail domain", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
  });
  afterAll(() => t.close());

  it('is the one the repositories hide', () => {
    expect(DEMO_VISITOR_EMAIL_DOMAIN).toBe(DEMO_VISITOR_DOMAIN);
  });

  it('cannot be registered (any case), while an ordinary address can', async () => {
    const register = (email: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: { email, password: 'una clave larga y segura 2026', name: 'Visitante' },
      });
    for (const email of [`alguien@${DEMO_VISITOR_DOMAIN}`, `Alguien@DEMO.ayni.INVALID`]) {
      const res = await register(email);
      expect(res.statusCode, email).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_ERROR');
    }
    const { rows } = await t.owner.db.execute<{ n: number }>(
      sql`select count(*)::int as n from users where lower(email) like ${`%@${DEMO_VISITOR_DOMAIN}`}`,
    );
    expect(rows[0]?.n).toBe(0);
    expect((await register('duena@panaderia.cl')).statusCode).toBe(201);
  });
});
