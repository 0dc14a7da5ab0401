import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, silentLog, type TestApp } from '../../../test/helpers';
import type { ServiceContext } from '../../lib/context';
import { pushTransactions } from './transactions.service';

/** With no worker, the import never starts: the push must give up waiting and answer 202. */
describe('push ingestion behind a busy queue', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createOwner>>;

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    a = await createOwner(t.db, 'Cola');
  });
  afterAll(() => t.close());

  it('answers 202 with the status URL, and the upload waits in the history, queued', async () => {
    const ctx: ServiceContext = {
      companyId: a.company.id,
      userId: a.user.id,
      role: 'owner',
      db: t.db.db,
      log: silentLog,
      requestId: 'test',
      origin: { ip: null, userAgent: null },
    };
    const line = {
      in_dt: '2025-01-15 10:30',
      in_trans_id: '1',
      in_product_id: 'A',
      in_quantity: 1,
      in_price_total: 990,
    };
    const answer = await pushTransactions(
      ctx,
      { storage: t.storage, queue: t.queue, waitMs: 300 },
      { lines: [line] },
      'queued-1',
    );
    expect(answer.statusCode).toBe(202);
    expect(answer.body).toMatchObject({ status: 'queued', rows: null, rejections: [], error: null });
    expect(answer.body.status_url).toBe(`/api/v1/uploads/${answer.body.upload_id}`);

    const token = await loginAs(t.app, a.email, a.password);
    const view = await t.app.inject({ method: 'GET', url: answer.body.status_url, headers: bearer(token) });
    expect(view.json().data).toMatchObject({ status: 'queued', mode: 'append' });
    // The 202 is what a retry with the same key replays.
    const again = await pushTransactions(
      ctx,
      { storage: t.storage, queue: t.queue, waitMs: 300 },
      { lines: [line] },
      'queued-1',
    );
    expect(again).toMatchObject({
      statusCode: 202,
      replayed: true,
      body: { upload_id: answer.body.upload_id },
    });
  });
});
