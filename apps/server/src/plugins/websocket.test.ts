import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../test/helpers';

function openSocket(base: string, token: string) {
  const socket = new WebSocket(`${base}/api/v1/ws?token=${encodeURIComponent(token)}`);
  const messages: Array<{ type: string; [k: string]: unknown }> = [];
  socket.on('message', (raw) => messages.push(JSON.parse(raw.toString())));
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const hello = new Promise<void>((resolve) => {
    const check = () => (messages.some((m) => m.type === 'hello') ? resolve() : setTimeout(check, 10));
    check();
  });
  return { socket, messages, ready: opened.then(() => hello) };
}

describe('WebSocket events', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await buildTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it("pushes a company's job events to its members only", async () => {
    const a = await createOwner(t.db, 'WsA');
    const b = await createOwner(t.db, 'WsB');
    const tokenA = await loginAs(t.app, a.email, a.password);
    const tokenB = await loginAs(t.app, b.email, b.password);
    const sa = openSocket(base, tokenA);
    const sb = openSocket(base, tokenB);
    await Promise.all([sa.ready, sb.ready]);

    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${a.company.id}/analytics/refresh`,
      headers: bearer(tokenA),
    });
    expect(res.statusCode).toBe(202);
    await new Promise<void>((resolve) => {
      const check = () =>
        sa.messages.some((m) => m.type === 'job.completed') ? resolve() : setTimeout(check, 20);
      check();
    });
    const event = sa.messages.find((m) => m.type === 'job.completed');
    expect(event).toMatchObject({
      company_id: a.company.id,
      name: 'analytics.refresh',
      job_id: res.json().data.job_id,
    });
    // B's socket heard nothing about A's company.
    await new Promise((r) => setTimeout(r, 100));
    expect(sb.messages.filter((m) => m.type !== 'hello')).toEqual([]);
    sa.socket.close();
    sb.socket.close();
  });

  it('narrows events to the subscribed company and refuses to subscribe to another tenant', async () => {
    const a = await createOwner(t.db, 'SubA');
    const b = await createOwner(t.db, 'SubB');
    const token = await loginAs(t.app, a.email, a.password);
    // A second company of the same user: events of the first must not reach a socket subscribed to it.
    await t.owner.pool.query(
      `insert into memberships (company_id, user_id, role) values ($1, $2, 'viewer')`,
      [b.company.id, a.user.id],
    );
    const s = openSocket(base, token);
    await s.ready;
    s.socket.send(JSON.stringify({ type: 'subscribe', company_id: b.company.id }));
    const other = await createOwner(t.db, 'SubC');
    s.socket.send(JSON.stringify({ type: 'subscribe', company_id: other.company.id }));
    await new Promise<void>((resolve) => {
      const check = () => (s.messages.some((m) => m.type === 'error') ? resolve() : setTimeout(check, 10));
      check();
    });
    expect(s.messages).toContainEqual({ type: 'subscribed', company_id: b.company.id });
    expect(s.messages).toContainEqual({ type: 'error', code: 'NOT_FOUND', company_id: other.company.id });
    await t.events.publish({
      type: 'job.completed',
      company_id: a.company.id,
      job_id: 'x',
      name: 'analytics.refresh',
      at: new Date().toISOString(),
    });
    await t.events.publish({
      type: 'job.completed',
      company_id: b.company.id,
      job_id: 'y',
      name: 'analytics.refresh',
      at: new Date().toISOString(),
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(s.messages.filter((m) => m.type === 'job.completed').map((m) => m.job_id)).toEqual(['y']);
    s.socket.close();
  });

  it('closes a connection with an invalid token (4401)', async () => {
    const socket = new WebSocket(`${base}/api/v1/ws?token=forged`);
    const code = await new Promise<number>((resolve) => socket.on('close', (c) => resolve(c)));
    expect(code).toBe(4401);
  });

  it('refuses a token of a user who has since been disabled', async () => {
    const c = await createOwner(t.db, 'WsDisabled');
    const token = await loginAs(t.app, c.email, c.password);
    await t.owner.pool.query('update users set disabled_at = now() where id = $1', [c.user.id]);
    const socket = new WebSocket(`${base}/api/v1/ws?token=${encodeURIComponent(token)}`);
    const code = await new Promise<number>((resolve) =>
      socket.on('close', (closeCode) => resolve(closeCode)),
    );
    expect(code).toBe(4401);
  });
});
