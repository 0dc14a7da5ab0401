import { randomBytes } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { maybeGunzip, peekBytes, sniffFormat } from './sniff-format';
import { SourceError } from './source-error';
import { RATIO_FLOOR_BYTES } from './source-limits';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function pieces(bytes: Buffer, size: number): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

describe('sniffFormat', () => {
  it('tells gzip, zip (xlsx) and text apart by their first bytes', () => {
    expect(sniffFormat(gzipSync('hola'))).toBe('gzip');
    expect(sniffFormat(Buffer.from('PK\x03\x04rest'))).toBe('xlsx');
    expect(sniffFormat(Buffer.from('fecha;total'))).toBe('text');
    expect(sniffFormat(Buffer.from([0xef, 0xbb, 0xbf, 0x66]))).toBe('text');
    expect(sniffFormat(new Uint8Array([0x1f]))).toBe('text');
    expect(sniffFormat(new Uint8Array())).toBe('text');
  });
});

describe('peekBytes', () => {
  it('returns the first bytes and a stream that still holds them', async () => {
    const bytes = randomBytes(100_000);
    const { firstBytes, stream } = await peekBytes(pieces(bytes, 1), 4);
    expect(Buffer.from(firstBytes).equals(bytes.subarray(0, 4))).toBe(true);
    expect((await readAll(stream)).equals(bytes)).toBe(true);
  });

  it('copes with streams shorter than asked and empty ones', async () => {
    const short = await peekBytes(Readable.from([Buffer.from('ab')]), 4);
    expect(Buffer.from(short.firstBytes).toString()).toBe('ab');
    expect((await readAll(short.stream)).toString()).toBe('ab');
    const empty = await peekBytes(Readable.from([]), 4);
    expect(empty.firstBytes.length).toBe(0);
    expect((await readAll(empty.stream)).length).toBe(0);
  });
});

describe('maybeGunzip', () => {
  it('decompresses gzip (also in several members) and leaves other streams alone', async () => {
    const text = Buffer.from('fecha;boleta;total\n2024-01-01;B-1;1000\n'.repeat(20_000));
    const compressed = Buffer.concat([gzipSync(text.subarray(0, 1000)), gzipSync(text.subarray(1000))]);
    const { firstBytes, stream } = await peekBytes(pieces(compressed, 777));
    expect(sniffFormat(firstBytes)).toBe('gzip');
    expect((await readAll(maybeGunzip(stream, firstBytes))).equals(text)).toBe(true);

    const plain = Readable.from([text]);
    expect(maybeGunzip(plain, text.subarray(0, 4))).toBe(plain);
  });

  it('fails with GZIP_UNREADABLE on corrupt or cut-off data', async () => {
    const compressed = gzipSync(randomBytes(50_000));
    const damaged = Buffer.from(compressed);
    damaged.fill(0x55, 100, 200);
    for (const bytes of [compressed.subarray(0, compressed.length / 2), damaged]) {
      const err = await readAll(maybeGunzip(pieces(bytes, 4096), bytes)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SourceError);
      expect((err as SourceError).code).toBe('GZIP_UNREADABLE');
    }
  });

  it('stops a decompression bomb with GZIP_TOO_LARGE', async () => {
    const bomb = gzipSync(Buffer.alloc(10_000_000));
    const err = await readAll(maybeGunzip(Readable.from([bomb]), bomb, { maxBytes: 1_000_000 })).catch(
      (e: unknown) => e,
    );
    expect((err as SourceError).code).toBe('GZIP_TOO_LARGE');
  });

  it('stops a bomb by its ratio, without a size limit, soon after the floor', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 'a;1\n'));
    let seen = 0;
    const err = await (async () => {
      for await (const chunk of maybeGunzip(pieces(bomb, 4096), bomb)) seen += (chunk as Buffer).length;
    })().catch((e: unknown) => e);
    expect((err as SourceError).code).toBe('GZIP_TOO_LARGE');
    expect((err as SourceError).message_es).toMatch(/bomba de descompresión/);
    expect(seen).toBeGreaterThanOrEqual(RATIO_FLOOR_BYTES - 1024 * 1024);
    expect(seen).toBeLessThan(RATIO_FLOOR_BYTES + 1024 * 1024);
  });

  it('lets an ordinary, compressible export through', async () => {
    const lines = Array.from(
      { length: 200_000 },
      (_, i) => `2025-01-${(i % 28) + 1};B-${i};P-${i % 97};${i % 13}\n`,
    );
    const text = Buffer.from(lines.join(''));
    const gz = gzipSync(text);
    expect((await readAll(maybeGunzip(pieces(gz, 4096), gz))).equals(text)).toBe(true);
  });

  it("passes the source's own error through", async () => {
    const source = new PassThrough();
    const gz = gzipSync('hola');
    source.write(gz.subarray(0, 5));
    setTimeout(() => source.destroy(new Error('storage failed')), 10);
    await expect(readAll(maybeGunzip(source, gz))).rejects.toThrow('storage failed');
  });
});
