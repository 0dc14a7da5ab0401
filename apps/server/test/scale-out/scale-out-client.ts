import type { Upload } from '@ayni/contracts';
import { addMembership, connect, type DbHandle, inCompany } from '@ayni/db';
import WebSocket from 'ws';
import { createOwner, eventually } from '../helpers';
import type { AppProcess } from './processes';
import type { SalesFile } from './sales-file';

/** Superuser pool on a test database: fixtures, and what really is in the tables. */
export const ownerPool = (databaseUrl: string): DbHandle => connect(databaseUrl, { max: 3 });

/** `count` companies with one owner who is a member of all of them (one socket hears them all). */
export async function companiesOfOneOwner(db: DbHandle, count: number) {
  const first = await createOwner(db, 'Dueña');
  const companyIds = [first.company.id];
  for (let i = 1; i < count; i++) {
    const other = await createOwner(db, `Empresa ${i}`);
    await inCompany(db.db, other.company.id, (tx) =>
      addMembership(tx, other.company.id, first.user.id, 'owner'),
    );
    companyIds.push(other.company.id);
  }
  return { email: first.email, password: first.password, companyIds };
}

export async function login(api: AppProcess, email: string, password: string): Promise<string> {
  const res = await fetch(`${api.base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { access_token: string } }).data.access_token;
}

/** POST /uploads as the web app does (multipart); returns the raw response. */
export function sendUpload(
  api: AppProcess,
  token: string,
  companyId: string,
  file: Pick<SalesFile, 'name' | 'content'>,
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file.content)]), file.name);
  return fetch(`${api.base}/api/v1/companies/${companyId}/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
}

export async function postUpload(api: AppProcess, token: string, companyId: string, file: SalesFile) {
  const res = await sendUpload(api, token, companyId, file);
  if (res.status !== 202)
    throw new Error(`upload refused: ${res.status} ${await res.text()}\n${api.output().slice(-2000)}`);
  return ((await res.json()) as { data: Upload }).data.id;
}

export async function getUpload(api: AppProcess, token: string, id: string): Promise<Upload> {
  const res = await fetch(`${api.base}/api/v1/uploads/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 200) throw new Error(`GET upload ${id}: ${res.status}`);
  return ((await res.json()) as { data: Upload }).data;
}

/** Waits until the upload finished (completed, failed or cancelled) and returns it. */
export function waitFinished(api: AppProcess, token: string, id: string, timeoutMs = 300_000) {
  return eventually(async () => {
    const upload = await getUpload(api, token, id).catch(() => undefined);
    return upload && ['completed', 'failed', 'cancelled'].includes(upload.status) ? upload : undefined;
  }, timeoutMs);
}

/** The company's imported data, summed up; two equal summaries mean the same lines and features. */
export async function companyData(db: DbHandle, companyId: string) {
  const lines = await db.pool.query(
    `select count(*)::int as lines, count(distinct (document_id, sku, occurrence))::int as keys,
            coalesce(sum(total), 0)::bigint::text as total, coalesce(sum(quantity), 0)::text as quantity
       from sale_lines where company_id = $1`,
    [companyId],
  );
  const features = await db.pool.query(
    `select count(*)::int as rows, md5(coalesce(string_agg(level || '|' || entity || '|' || period || '|' || values::text, E'\\n'
            order by level, entity, period), '')) as digest
       from feature_rows where company_id = $1`,
    [companyId],
  );
  const daily = await db.pool.query(
    `select md5(coalesce(string_agg(d::text, E'\\n' order by d.day), '')) as digest
       from (select day, gross_sales, returns, tickets from daily_sales where company_id = $1) d`,
    [companyId],
  );
  return { ...lines.rows[0], features: features.rows[0], daily: daily.rows[0]?.digest };
}

/** A WebSocket on one API process, collecting every event it hears. */
export async function listen(api: AppProcess, token: string) {
  const socket = new WebSocket(`${api.base.replace('http', 'ws')}/api/v1/ws?token=${token}`);
  const events: Array<{ type: string; upload_id?: string; company_id?: string }> = [];
  socket.on('message', (raw) => events.push(JSON.parse(raw.toString())));
  await eventually(async () => (events.some((e) => e.type === 'hello') ? true : undefined), 20_000);
  return { events, close: () => socket.close() };
}
