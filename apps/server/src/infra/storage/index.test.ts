import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadEnv } from '../../env';
import { createFileStorage, EncryptedFileStorage } from './index';
import { readAll } from './test-streams';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ayni-storage-factory-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('createFileStorage', () => {
  it('defaults to encrypted files under <AYNI_DATA_DIR>/uploads with a generated key', async () => {
    const env = loadEnv({ AYNI_DATA_DIR: dataDir });
    const storage = await createFileStorage(env, { production: false });
    expect(storage).toBeInstanceOf(EncryptedFileStorage);
    await storage.put('company/upload', Readable.from([Buffer.from('hola')]));
    expect(await readdir(path.join(dataDir, 'uploads', 'company'))).toEqual(['upload']);

    // A restart reads the same files with the persisted key.
    const restarted = await createFileStorage(env, { production: false });
    expect((await readAll(await restarted.get('company/upload'))).toString()).toBe('hola');
  });

  it('needs STORAGE_ENCRYPTION_KEY in production', async () => {
    const env = loadEnv({ AYNI_DATA_DIR: dataDir, NODE_ENV: 'production' });
    await expect(createFileStorage(env, { production: true })).rejects.toThrow(/STORAGE_ENCRYPTION_KEY/);
    const withKey = loadEnv({
      AYNI_DATA_DIR: dataDir,
      STORAGE_DIR: path.join(dataDir, 'elsewhere'),
      STORAGE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    });
    const storage = await createFileStorage(withKey, { production: true });
    await storage.put('c/u', Readable.from([Buffer.from('x')]));
    expect(await readdir(path.join(dataDir, 'elsewhere', 'c'))).toEqual(['u']);
  });

  it('reads the storage variables with their defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: true,
      RAW_FILE_RETENTION_DAYS: 15,
      UPLOAD_MAX_BYTES: 524_288_000,
    });
    expect(env.S3_BUCKET).toBeUndefined();
    expect(() => loadEnv({ STORAGE_ENCRYPTION_KEY: 'too-short' })).toThrow(/STORAGE_ENCRYPTION_KEY/);
    expect(loadEnv({ S3_FORCE_PATH_STYLE: 'false' }).S3_FORCE_PATH_STYLE).toBe(false);
  });
});
