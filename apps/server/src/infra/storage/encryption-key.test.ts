import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENERATED_KEY_FILE, resolveStorageEncryptionKey } from './encryption-key';

let dataDir: string;

beforeEach(async () => {
  dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'ayni-key-')), 'data');
});
afterEach(async () => {
  await rm(path.dirname(dataDir), { recursive: true, force: true });
});

describe('resolveStorageEncryptionKey', () => {
  it('uses the given base64 key', async () => {
    const given = randomBytes(32);
    const key = await resolveStorageEncryptionKey({
      given: given.toString('base64'),
      production: true,
      dataDir,
    });
    expect(key.equals(given)).toBe(true);
  });

  it('refuses a key of the wrong length', async () => {
    await expect(
      resolveStorageEncryptionKey({ given: randomBytes(16).toString('base64'), production: false, dataDir }),
    ).rejects.toThrow(/32 bytes/);
  });

  it('is required in production', async () => {
    await expect(
      resolveStorageEncryptionKey({ given: undefined, production: true, dataDir }),
    ).rejects.toThrow(/STORAGE_ENCRYPTION_KEY/);
  });

  it('generates one key outside production and keeps it across restarts and concurrent starts', async () => {
    const options = { given: undefined, production: false, dataDir };
    const keys = await Promise.all([1, 2, 3, 4].map(() => resolveStorageEncryptionKey(options)));
    const again = await resolveStorageEncryptionKey(options);
    for (const key of [...keys, again]) {
      expect(key.length).toBe(32);
      expect(key.equals(again)).toBe(true);
    }
    expect(await readdir(dataDir)).toEqual([GENERATED_KEY_FILE]);
    expect((await stat(path.join(dataDir, GENERATED_KEY_FILE))).mode & 0o777).toBe(0o600);
  });
});
