import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Name of the generated key's file inside the data folder, beside `jwt-secret`. */
export const GENERATED_KEY_FILE = 'storage-encryption-key';

/** Decodes a base64 key and insists on AES-256's 32 bytes. */
export function decodeStorageKey(base64: string, source: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== 32) {
    throw new Error(
      `${source} must be 32 bytes in base64 (e.g. \`openssl rand -base64 32\`), got ${key.length}`,
    );
  }
  return key;
}

/**
 * The master key for files at rest: STORAGE_ENCRYPTION_KEY when given (required in production,
 * where the data folder is not where secrets belong); otherwise one generated on first run and
 * kept in the data folder, so files written before a restart stay readable after it.
 */
export async function resolveStorageEncryptionKey(options: {
  given: string | undefined;
  production: boolean;
  dataDir: string;
}): Promise<Buffer> {
  if (options.given) return decodeStorageKey(options.given, 'STORAGE_ENCRYPTION_KEY');
  if (options.production) {
    throw new Error('STORAGE_ENCRYPTION_KEY (32 bytes, base64) is required in production');
  }
  const file = path.join(options.dataDir, GENERATED_KEY_FILE);
  if (existsSync(file)) return decodeStorageKey(await readFile(file, 'utf8'), file);
  await mkdir(options.dataDir, { recursive: true });
  // Written whole under a temporary name, then linked into place: link() fails if the file
  // exists, so when two processes share the folder both end up with whichever key came first,
  // and nobody can read a half-written one.
  const temp = `${file}.${randomUUID()}`;
  await writeFile(temp, randomBytes(32).toString('base64'), { mode: 0o600 });
  try {
    await link(temp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    await rm(temp, { force: true });
  }
  return decodeStorageKey(await readFile(file, 'utf8'), file);
}
