import { connect } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers';

describe('error envelope', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
  });
  afterAll(() => t.close());

  it('answers 413 PAYLOAD_TOO_LARGE for a body over the limit', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.cl', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(res.json().error.message_es).toBeTruthy();
  });

  it('answers 500 with only the request id when a dependency fails, never its internals', async () => {
    const dead = connect('postgres://nobody:secret-pw@127.0.0.1:1/none', { max: 1 });
    const broken = await buildTestApp({ db: dead, startWorker: false });
    try {
      const res = await broken.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'someone@example.cl', password: 'whatever-password' },
      });
      expect(res.statusCode).toBe(500);
      const body = res.json();
      expect(body.error.code).toBe('INTERNAL_ERROR');
      expect(body.error.message).toBe(`Internal error (request ${body.meta.request_id})`);
      expect(res.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|secret-pw|stack/i);
    } finally {
      await broken.app.close();
      await dead.close();
    }
  });
});
