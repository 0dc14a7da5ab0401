import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidStorageKeyError, StorageObjectNotFoundError } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { randomStream, readAll, sha256Of } from './test-streams';

let root: string;
let storage: LocalFileStorage;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'ayni-local-storage-'));
  storage = new LocalFileStorage(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('LocalFileStorage', () => {
  it('round-trips a multi-megabyte stream under a company/upload key', async () => {
    const { stream, sha256 } = randomStream(7 * 1024 * 1024 + 13);
    expect(await storage.put('company-1/upload-1', stream)).toEqual({ size: 7 * 1024 * 1024 + 13 });
    expect(await storage.exists('company-1/upload-1')).toBe(true);
    expect(await sha256Of(await storage.get('company-1/upload-1'))).toBe(sha256);
    expect(await readdir(path.join(root, 'company-1'))).toEqual(['upload-1']);
  });

  it('replaces an existing key', async () => {
    await storage.put('c/u', Readable.from([Buffer.from('old')]));
    await storage.put('c/u', Readable.from([Buffer.from('new')]));
    expect((await readAll(await storage.get('c/u'))).toString()).toBe('new');
  });

  it('deletes, tolerates deleting twice, and reports missing keys', async () => {
    await storage.put('c/u', Readable.from([Buffer.from('x')]));
    await storage.delete('c/u');
    await storage.delete('c/u');
    await storage.delete('never/there');
    expect(await storage.exists('c/u')).toBe(false);
    await expect(storage.get('c/u')).rejects.toBeInstanceOf(StorageObjectNotFoundError);
  });

  it('leaves no file behind when the body fails midway', async () => {
    const failing = Readable.from(
      (async function* () {
        yield Buffer.alloc(1024);
        throw new Error('client went away');
      })(),
    );
    await expect(storage.put('c/broken', failing)).rejects.toThrow('client went away');
    expect(await storage.exists('c/broken')).toBe(false);
    expect(await readdir(path.join(root, 'c'))).toEqual([]);
  });

  it.each(['../escape', 'a/../../b', '/abs', 'a//b', 'a/./b', '', 'a\\b', '..'])(
    'rejects key %j',
    async (key) => {
      await expect(storage.put(key, Readable.from([Buffer.from('x')]))).rejects.toBeInstanceOf(
        InvalidStorageKeyError,
      );
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.exists(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    },
  );
});
