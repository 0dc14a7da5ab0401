import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorageIntegrityError } from './chunked-cipher';
import { EncryptedFileStorage } from './encrypted-file-storage';
import { InvalidStorageKeyError, StorageObjectNotFoundError } from './file-storage';
import { S3FileStorage } from './s3-file-storage';
import { randomStream, readAll, sha256Of } from './test-streams';

// A real HTTP server speaking S3, on a free port, backed by a temporary folder.
let dir: string;
let server: S3rver;
let storage: S3FileStorage;
let endpoint: string;

const connection = () => ({
  endpoint,
  region: 'us-east-1',
  bucket: 'ayni-raw',
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
  forcePathStyle: true,
});

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ayni-s3rver-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: dir,
    silent: true,
    configureBuckets: [{ name: 'ayni-raw' }],
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  storage = new S3FileStorage(connection());
});

afterAll(async () => {
  await storage?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('S3FileStorage against s3rver', () => {
  it('puts, gets, checks and deletes a small object', async () => {
    expect(await storage.put('company-1/upload-1', Readable.from([Buffer.from('fecha;monto\n')]))).toEqual({
      size: 12,
    });
    expect(await storage.exists('company-1/upload-1')).toBe(true);
    expect((await readAll(await storage.get('company-1/upload-1'))).toString()).toBe('fecha;monto\n');
    await storage.delete('company-1/upload-1');
    expect(await storage.exists('company-1/upload-1')).toBe(false);
    await storage.delete('company-1/upload-1');
  });

  it('streams a file larger than one part through a multipart upload', async () => {
    const size = 12 * 1024 * 1024 + 5;
    const { stream, sha256 } = randomStream(size);
    expect(await storage.put('company-1/big', stream)).toEqual({ size });
    expect(await sha256Of(await storage.get('company-1/big'))).toBe(sha256);
  });

  it('stores an empty body', async () => {
    expect(await storage.put('company-1/empty', Readable.from([]))).toEqual({ size: 0 });
    expect((await readAll(await storage.get('company-1/empty'))).length).toBe(0);
  });

  it('answers missing keys and refuses bad ones', async () => {
    await expect(storage.get('company-1/missing')).rejects.toBeInstanceOf(StorageObjectNotFoundError);
    expect(await storage.exists('company-1/missing')).toBe(false);
    await expect(storage.put('../x', Readable.from([Buffer.from('x')]))).rejects.toBeInstanceOf(
      InvalidStorageKeyError,
    );
  });

  it('fails the put when the body fails', async () => {
    const failing = Readable.from(
      (async function* () {
        yield randomBytes(6 * 1024 * 1024);
        throw new Error('client went away');
      })(),
    );
    await expect(storage.put('company-1/broken', failing)).rejects.toThrow('client went away');
    expect(await storage.exists('company-1/broken')).toBe(false);
  });

  it('encrypts on top: stored bytes are ciphertext, reads give the plaintext back', async () => {
    const key = randomBytes(32);
    const encrypted = new EncryptedFileStorage(storage, key);
    const plain = Buffer.from('boleta;producto;cantidad\n'.repeat(50_000));
    expect(await encrypted.put('company-2/upload-1', Readable.from([plain]))).toEqual({ size: plain.length });
    const stored = await readAll(await storage.get('company-2/upload-1'));
    expect(stored.includes(Buffer.from('producto'))).toBe(false);
    expect((await readAll(await encrypted.get('company-2/upload-1'))).equals(plain)).toBe(true);

    const otherKey = new EncryptedFileStorage(storage, randomBytes(32));
    await expect(readAll(await otherKey.get('company-2/upload-1'))).rejects.toBeInstanceOf(
      StorageIntegrityError,
    );
    await encrypted.delete('company-2/upload-1');
    expect(await encrypted.exists('company-2/upload-1')).toBe(false);
  });
});
