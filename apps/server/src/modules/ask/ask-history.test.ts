import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';

describe('GET /companies/{id}/ask/history', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
  });
  afterAll(() => t.close());

  it("keeps each user's own questions, newest first, and no one else's", async () => {
    const owner = await createOwner(t.db, 'Historia');
    const stranger = await createOwner(t.db, 'Extraña');
    const token = await loginAs(t.app, owner.email, owner.password);
    const strangerToken = await loginAs(t.app, stranger.email, stranger.password);
    const url = `/api/v1/companies/${owner.company.id}`;
    for (const question of ['¿Qué es el ticket promedio?', '¿Debería invertir en acciones?']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `${url}/ask`,
        headers: bearer(token),
        payload: { question },
      });
      expect(res.statusCode).toBe(200);
    }
    const history = await t.app.inject({ method: 'GET', url: `${url}/ask/history`, headers: bearer(token) });
    expect(history.json().data.map((h: { question: string; kind: string }) => [h.question, h.kind])).toEqual([
      ['¿Debería invertir en acciones?', 'unanswerable'],
      ['¿Qué es el ticket promedio?', 'help'],
    ]);
    const other = await t.app.inject({
      method: 'GET',
      url: `${url}/ask/history`,
      headers: bearer(strangerToken),
    });
    expect(other.statusCode).toBe(404);
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${stranger.company.id}/ask/history`,
      headers: bearer(strangerToken),
    });
    expect(own.json().data).toEqual([]);
  });
});
