import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import multipart from '@fastify/multipart';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postMultipartFile } from './multipart-upload';

describe('postMultipartFile', () => {
  const app = Fastify({ forceCloseConnections: true });
  let url = '';
  let dir = '';

  beforeAll(async () => {
    await app.register(multipart, { limits: { fileSize: 64 * 2 ** 20 } });
    // What the API's upload route reads: the `file` part, streamed.
    app.post('/upload', async (req) => {
      const received: Array<{ field: string; filename: string; type: string; bytes: Buffer }> = [];
      for await (const part of req.parts()) {
        if (part.type !== 'file') continue;
        received.push({
          field: part.fieldname,
          filename: part.filename,
          type: part.mimetype,
          bytes: await part.toBuffer(),
        });
      }
      return { auth: req.headers.authorization, received };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/upload`;
    dir = await mkdtemp(path.join(tmpdir(), 'ayni-multipart-'));
  });
  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('sends every byte of a file larger than a read, boundary-like lines and CRLFs included', async () => {
    // 3 MB and a bit: several 1 MB reads, the last one short.
    const bytes = Buffer.alloc(3 * 2 ** 20 + 12_345);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + (i >> 11)) & 0xff;
    Buffer.from('\r\n------ayni-bench-fake--\r\n').copy(bytes, 1_000_000);
    const file = path.join(dir, 'ventas "oct".csv');
    await writeFile(file, bytes);

    const res = await postMultipartFile(url, file, { authorization: 'Bearer t' });

    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as {
      auth: string;
      received: Array<{ field: string; filename: string; type: string; bytes: { data: number[] } }>;
    };
    expect(body.auth).toBe('Bearer t');
    expect(body.received).toHaveLength(1);
    const [part] = body.received;
    expect(part?.field).toBe('file');
    expect(part?.filename).toBe('ventas _oct_.csv');
    expect(part?.type).toBe('text/csv');
    expect(Buffer.from(part?.bytes.data ?? []).equals(bytes)).toBe(true);
  });

  it('answers the server status and body, also for a refusal', async () => {
    const file = path.join(dir, 'empty.csv');
    await writeFile(file, '');
    const res = await postMultipartFile(url.replace('/upload', '/nowhere'), file, {});
    expect(res.status).toBe(404);
    expect(res.body).toContain('not found');
  });
});
