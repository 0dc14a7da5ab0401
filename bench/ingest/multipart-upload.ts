import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

/**
 * POSTs `file` as a multipart form's `file` field, as a browser sends it: the bytes stream from
 * disk in 1 MB reads between a header and a closing boundary, with a Content-Length. The server
 * sees the same request as from the web app. Written by hand because undici's `FormData` over a
 * Blob cost the benchmark's own process ~1 s of CPU for a 124 MB file, on the two cores the
 * server is measured on (a browser runs on another machine).
 */
export async function postMultipartFile(
  url: string,
  file: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  const boundary = `----ayni-bench-${randomBytes(12).toString('hex')}`;
  const name = path.basename(file).replace(/["\r\n]/g, '_');
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
      'Content-Type: text/csv\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const { size } = await stat(file);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: {
        ...headers,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + size + tail.length),
      },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    pipeline(
      createReadStream(file, { highWaterMark: 1024 * 1024 }),
      async function* (source) {
        yield head;
        yield* source;
        yield tail;
      },
      req,
    ).catch(reject);
  });
}
