import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLAINTEXT_CHUNK_BYTES, StorageIntegrityError } from './chunked-cipher';
import { EncryptedFileStorage } from './encrypted-file-storage';
import { StorageObjectNotFoundError } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { randomStream, readAll, sha256Of } from './test-streams';

let root: string;
let storage: EncryptedFileStorage;
const key = randomBytes(32);

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'ayni-encrypted-storage-'));
  storage = new EncryptedFileStorage(new LocalFileStorage(root), key);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('EncryptedFileStorage over local files', () => {
  it.each([0, 1, PLAINTEXT_CHUNK_BYTES, PLAINTEXT_CHUNK_BYTES + 1, 5 * 1024 * 1024])(
    'round-trips %i bytes and answers the plaintext size',
    async (size) => {
      const { stream, sha256 } = randomStream(size, 10_000);
      expect(await storage.put('c/u', stream)).toEqual({ size });
      expect(await sha256Of(await storage.get('c/u'))).toBe(sha256);
    },
  );

  it('keeps only ciphertext on disk', async () => {
    const plain = Buffer.from('fecha;boleta;producto;cantidad;total\n'.repeat(1000));
    await storage.put('c/u', Readable.from([plain]));
    const onDisk = await readFile(path.join(root, 'c', 'u'));
    expect(onDisk.includes(Buffer.from('boleta'))).toBe(false);
    expect(onDisk.subarray(0, 8).toString()).toBe('AYNI-ENC');
  });

  it('fails loudly on a tampered, truncated or foreign file', async () => {
    await storage.put('c/u', Readable.from([randomBytes(200_000)]));
    const file = path.join(root, 'c', 'u');
    const sealed = await readFile(file);

    const tampered = Buffer.from(sealed);
    tampered[100_000] = (tampered[100_000] as number) ^ 0xff;
    await writeFile(file, tampered);
    await expect(readAll(await storage.get('c/u'))).rejects.toBeInstanceOf(StorageIntegrityError);

    await writeFile(file, sealed.subarray(0, sealed.length - 1000));
    await expect(readAll(await storage.get('c/u'))).rejects.toBeInstanceOf(StorageIntegrityError);

    await writeFile(file, 'fecha;monto\n2024-01-01;100\n');
    await expect(readAll(await storage.get('c/u'))).rejects.toThrow('Not an encrypted AYNI file');

    await writeFile(file, sealed);
    const wrongKey = new EncryptedFileStorage(new LocalFileStorage(root), randomBytes(32));
    await expect(readAll(await wrongKey.get('c/u'))).rejects.toBeInstanceOf(StorageIntegrityError);
  });

  it('passes through missing keys, deletes and a failing body', async () => {
    await expect(storage.get('c/none')).rejects.toBeInstanceOf(StorageObjectNotFoundError);
    const failing = Readable.from(
      (async function* () {
        yield randomBytes(100_000);
        throw new Error('client went away');
      })(),
    );
    await expect(storage.put('c/broken', failing)).rejects.toThrow('client went away');
    expect(await storage.exists('c/broken')).toBe(false);
    await storage.put('c/u', Readable.from([Buffer.from('x')]));
    await storage.delete('c/u');
    expect(await storage.exists('c/u')).toBe(false);
  });
});
