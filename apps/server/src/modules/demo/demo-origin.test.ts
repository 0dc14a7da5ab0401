import { DEMO_VISITOR_DOMAIN } from '@ayni/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers';
import { APP_ORIGIN, seedDemoCompany, startDemo } from './demo-test-kit';

describe('POST /auth/demo only from the app itself', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ demoVisitors: true, startWorker: false });
    await seedDemoCompany(t);
  });
  afterAll(() => t.close());

  const visitorAccounts = async () => {
    const { rows } = await t.owner.db.execute<{ n: number }>(
      sql`select count(*)::int as n from users where email like ${`%@${DEMO_VISITOR_DOMAIN}`}`,
    );
    return rows[0]?.n;
  };

  it('refuses a foreign, hidden or missing origin with 403 in both languages, creating nothing', async () => {
    const before = await visitorAccounts();
    const attempts: Array<Record<string, string>> = [
      { origin: 'https://evil.example' },
      { origin: `${APP_ORIGIN}.evil.example` },
      { origin: 'null' },
      { origin: 'null', referer: 'https://evil.example/landing' },
      { referer: 'https://evil.example/landing' },
      // The Origin decides when there is one, whatever the Referer says.
      { origin: 'https://evil.example', referer: `${APP_ORIGIN}/` },
      // Neither: no page of the app posts like this (see demo.routes.ts).
      {},
    ];
    for (const headers of attempts) {
      const res = await startDemo(t, { headers });
      const where = JSON.stringify(headers);
      expect(res.statusCode, where).toBe(403);
      expect(res.json().error, where).toEqual({
        code: 'FORBIDDEN',
        message: 'Cross-site request refused',
        message_es: 'Solicitud rechazada: no viene de la aplicación',
      });
      expect(res.headers['set-cookie'], where).toBeUndefined();
    }
    expect(await visitorAccounts()).toBe(before);
  });

  it("accepts the app's own origin, a page of the app as Referer, and the host it was sent to", async () => {
    const before = (await visitorAccounts()) ?? 0;
    const accepted: Array<Record<string, string>> = [
      { origin: APP_ORIGIN },
      { referer: `${APP_ORIGIN}/?demo=1` },
      { origin: 'http://demo.ayni.test', host: 'demo.ayni.test' },
    ];
    for (const headers of accepted) {
      const res = await startDemo(t, { headers });
      expect(res.statusCode, JSON.stringify(headers)).toBe(200);
      expect(res.cookies.map((c) => c.name)).toContain('ayni_refresh');
    }
    expect(await visitorAccounts()).toBe(before + accepted.length);
  });
});
