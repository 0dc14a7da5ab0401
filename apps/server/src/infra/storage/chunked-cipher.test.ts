import { randomBytes } from 'node:crypto';
import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import {
  createDecryptStream,
  createEncryptStream,
  PLAINTEXT_CHUNK_BYTES,
  StorageIntegrityError,
} from './chunked-cipher';
import { readAll } from './test-streams';

const key = randomBytes(32);

async function run(input: Buffer, transform: Transform, pieceBytes = 10_000): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for (let i = 0; i < input.length; i += pieceBytes) pieces.push(input.subarray(i, i + pieceBytes));
  const [output] = await Promise.all([readAll(transform), pipeline(Readable.from(pieces), transform)]);
  return output;
}

const encrypt = (plain: Buffer, k = key) => run(plain, createEncryptStream(k));
const decrypt = (sealed: Buffer, k = key) => run(sealed, createDecryptStream(k), 7_777);

describe('chunked AES-256-GCM', () => {
  it.each([
    ['0 bytes', 0],
    ['1 byte', 1],
    ['exactly one chunk', PLAINTEXT_CHUNK_BYTES],
    ['one chunk plus one byte', PLAINTEXT_CHUNK_BYTES + 1],
    ['two chunks minus one byte', 2 * PLAINTEXT_CHUNK_BYTES - 1],
    ['5 MB', 5_000_000],
  ])('round-trips %s', async (_label, size) => {
    const plain = randomBytes(size);
    const sealed = await encrypt(plain);
    const chunks = Math.max(1, Math.ceil(size / PLAINTEXT_CHUNK_BYTES));
    expect(sealed.length).toBe(48 + size + chunks * 28);
    expect((await decrypt(sealed)).equals(plain)).toBe(true);
  });

  it('writes ciphertext, not the plaintext, and never the same bytes twice', async () => {
    const plain = Buffer.from('fecha;producto;monto\n'.repeat(5000));
    const [a, b] = [await encrypt(plain), await encrypt(plain)];
    expect(a.includes(Buffer.from('producto'))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it('fails on a tampered byte anywhere', async () => {
    const sealed = await encrypt(randomBytes(3 * PLAINTEXT_CHUNK_BYTES));
    for (const position of [20, 48 + 5, 48 + PLAINTEXT_CHUNK_BYTES + 40, sealed.length - 1]) {
      const tampered = Buffer.from(sealed);
      tampered[position] = (tampered[position] as number) ^ 0x01;
      await expect(decrypt(tampered)).rejects.toBeInstanceOf(StorageIntegrityError);
    }
  });

  it('fails on a truncated file, including a cut exactly between chunks', async () => {
    const sealed = await encrypt(randomBytes(2 * PLAINTEXT_CHUNK_BYTES + 100));
    const record = 12 + PLAINTEXT_CHUNK_BYTES + 16;
    for (const length of [0, 10, 48, 48 + 20, 48 + record, 48 + 2 * record, sealed.length - 1]) {
      await expect(decrypt(sealed.subarray(0, length))).rejects.toBeInstanceOf(StorageIntegrityError);
    }
  });

  it('fails on swapped chunks and on appended bytes', async () => {
    const sealed = await encrypt(randomBytes(3 * PLAINTEXT_CHUNK_BYTES));
    const record = 12 + PLAINTEXT_CHUNK_BYTES + 16;
    const first = sealed.subarray(48, 48 + record);
    const second = sealed.subarray(48 + record, 48 + 2 * record);
    const swapped = Buffer.concat([sealed.subarray(0, 48), second, first, sealed.subarray(48 + 2 * record)]);
    await expect(decrypt(swapped)).rejects.toBeInstanceOf(StorageIntegrityError);
    await expect(decrypt(Buffer.concat([sealed, Buffer.from('extra')]))).rejects.toBeInstanceOf(
      StorageIntegrityError,
    );
  });

  it('fails with the wrong key', async () => {
    const sealed = await encrypt(Buffer.from('hola'));
    await expect(decrypt(sealed, randomBytes(32))).rejects.toThrow(/wrong key, tampered or truncated/);
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => createEncryptStream(randomBytes(16))).toThrow(/32 bytes/);
  });

  it('reads what was written through a single big write as well', async () => {
    const plain = randomBytes(300_000);
    const sealed = await run(plain, createEncryptStream(key), plain.length);
    expect((await readAll(Readable.from([sealed]).pipe(createDecryptStream(key)))).equals(plain)).toBe(true);
  });

  it('still reads files sealed in records of another size (64 KB before 1 MB)', async () => {
    const plain = randomBytes(3 * 64 * 1024 + 5);
    const sealed = await run(plain, createEncryptStream(key, 64 * 1024));
    expect(sealed.length).toBe(48 + plain.length + 4 * 28);
    expect((await decrypt(sealed)).equals(plain)).toBe(true);
  });
});
