import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertValidStorageKey, type FileStorage, StorageObjectNotFoundError } from './file-storage';

/** The storage folder's disk is full (or over quota): nothing of the file was kept. */
export class StorageFullError extends Error {
  readonly code = 'STORAGE_FULL';
  constructor(cause: unknown) {
    super('The file storage is full', { cause });
    this.name = 'StorageFullError';
  }
}

/** Suffix (plus a random id) of a file still being written. */
const TEMP_MARKER = '.partial-';
const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * Files under `rootDir`, one per key. A write goes to a temporary name first and is renamed
 * into place only once complete and synced, so a reader never sees half a file and a crash
 * leaves at most a `*.partial-*` file behind.
 */
export class LocalFileStorage implements FileStorage {
  private readonly root: string;

  constructor(rootDir: string) {
    this.root = path.resolve(rootDir);
  }

  private pathOf(key: string): string {
    assertValidStorageKey(key);
    return path.join(this.root, ...key.split('/'));
  }

  async put(key: string, body: Readable): Promise<{ size: number }> {
    let target: string;
    let temp: string;
    try {
      target = this.pathOf(key);
      temp = `${target}${TEMP_MARKER}${randomUUID()}`;
      await mkdir(path.dirname(target), { recursive: true });
    } catch (err) {
      // Nobody will read the body now; release whatever feeds it.
      body.destroy();
      throw asStorageFull(err);
    }
    try {
      await pipeline(body, createWriteStream(temp, { flags: 'wx', mode: 0o600 }));
      // Synced before the rename, so a crash cannot leave a complete name over incomplete bytes.
      const handle = await open(temp, 'r+');
      try {
        await handle.sync();
        const { size } = await handle.stat();
        await rename(temp, target);
        return { size };
      } finally {
        await handle.close();
      }
    } catch (err) {
      // The partial file goes too: a full disk must not keep half an upload.
      await rm(temp, { force: true });
      throw asStorageFull(err);
    }
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    try {
      // Opening first makes a missing file fail here rather than later, mid-stream.
      const handle = await open(file, 'r');
      // Large reads: an import reads the whole file twice, and per-read overhead (not bytes)
      // dominated with the 64 KB default. The stream closes the handle when it ends or is
      // destroyed.
      return handle.createReadStream({ highWaterMark: READ_CHUNK_BYTES });
    } catch (err) {
      if (isNotFound(err)) throw new StorageObjectNotFoundError(key);
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }

  async close(): Promise<void> {}
}

function asStorageFull(err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' ? new StorageFullError(err) : err;
}

function isNotFound(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
