import type { Readable } from 'node:stream';

/**
 * Where raw uploaded files live. Keys are relative, slash-separated paths such as
 * `<companyId>/<uploadId>`; bodies always stream, so no adapter ever holds a whole file.
 */
export interface FileStorage {
  /** Stores the stream under `key`, replacing any previous object; `size` is the bytes stored. */
  put(key: string, body: Readable): Promise<{ size: number }>;
  /** The object's bytes; rejects with `StorageObjectNotFoundError` when there is none. */
  get(key: string): Promise<Readable>;
  /** Removes the object; a key that is already gone is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Releases connections (S3 sockets); the storage is unusable afterwards. */
  close(): Promise<void>;
}

export class StorageObjectNotFoundError extends Error {
  readonly code = 'STORAGE_NOT_FOUND';
  constructor(readonly key: string) {
    super(`No stored file under key "${key}"`);
    this.name = 'StorageObjectNotFoundError';
  }
}

export class InvalidStorageKeyError extends Error {
  readonly code = 'STORAGE_INVALID_KEY';
  constructor(readonly key: string) {
    super(`Invalid storage key "${key}": use relative segments of letters, digits, '.', '_' or '-'`);
    this.name = 'InvalidStorageKeyError';
  }
}

const SEGMENT = /^[A-Za-z0-9_.-]+$/;

/**
 * Keys become file paths and S3 object names, so only plain relative segments are allowed:
 * no `..` or `.`, no absolute paths, no backslashes or empty segments.
 */
export function assertValidStorageKey(key: string): void {
  const segments = key.split('/');
  const valid =
    key.length > 0 &&
    key.length <= 512 &&
    segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..' && !s.includes('..'));
  if (!valid) throw new InvalidStorageKeyError(key);
}
