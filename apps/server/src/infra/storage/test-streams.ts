import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

/** Test helper: `total` random bytes delivered in `chunkBytes` pieces, and their SHA-256. */
export function randomStream(total: number, chunkBytes = 64 * 1024): { stream: Readable; sha256: string } {
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  for (let sent = 0; sent < total; sent += chunkBytes) {
    const chunk = randomBytes(Math.min(chunkBytes, total - sent));
    hash.update(chunk);
    chunks.push(chunk);
  }
  return { stream: Readable.from(chunks), sha256: hash.digest('hex') };
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
