import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { bearer, eventually } from './helpers';

/** Text as Windows-1252 bytes, the way Chilean POS exports are written (ñ, á, °, €). */
export function windows1252(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20ac) bytes[i] = 0x80;
    else if (code < 256) bytes[i] = code;
    else throw new Error(`not in Windows-1252: ${text[i]}`);
  }
  return bytes;
}

/** A multipart/form-data body with one `file` part and text fields. */
export function multipart(
  file: { name: string; content: Buffer | string; type?: string } | null,
  fields: Record<string, string> = {},
) {
  const boundary = `----ayni${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'text/csv'}\r\n\r\n`,
      ),
      typeof file.content === 'string' ? Buffer.from(file.content) : file.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export async function postUpload(
  app: FastifyInstance,
  token: string,
  companyId: string,
  file: { name: string; content: Buffer | string },
  fields: Record<string, string> = {},
) {
  const body = multipart(file, fields);
  return app.inject({
    method: 'POST',
    url: `/api/v1/companies/${companyId}/uploads`,
    headers: { ...bearer(token), ...body.headers },
    payload: body.payload,
  });
}

const FINISHED = ['completed', 'failed', 'cancelled'];

/** Uploads a file and waits until its import finished; returns the final upload view. */
export async function uploadAndWait(
  app: FastifyInstance,
  token: string,
  companyId: string,
  file: { name: string; content: Buffer | string },
  fields: Record<string, string> = {},
) {
  const res = await postUpload(app, token, companyId, file, fields);
  if (res.statusCode !== 202) throw new Error(`upload refused: ${res.statusCode} ${res.body}`);
  const id = res.json().data.id as string;
  return waitForUpload(app, token, id);
}

export async function waitForUpload(app: FastifyInstance, token: string, id: string) {
  return eventually(async () => {
    const view = (
      await app.inject({ method: 'GET', url: `/api/v1/uploads/${id}`, headers: bearer(token) })
    ).json().data;
    return FINISHED.includes(view.status) ? view : undefined;
  }, 150_000); // generous: in a full parallel run the level-file, insights and benchmark jobs compete for the CPU
}

/**
 * An upload's own `uploads.process` job once it finished: its attempts and last error. (An
 * earlier job of the company may have imported the upload already: the upload then shows
 * completed before its own job has even run.)
 */
export function finishedUploadJob(pool: pg.Pool, uploadId: string) {
  return eventually(async () => {
    const job = await pool.query<{ status: string; attempts: number; last_error: string | null }>(
      'select status, attempts, last_error from jobs where id = $1',
      [`uploads.process.${uploadId}`],
    );
    const row = job.rows[0];
    return row?.status === 'completed' ? { attempts: row.attempts, last_error: row.last_error } : undefined;
  });
}
