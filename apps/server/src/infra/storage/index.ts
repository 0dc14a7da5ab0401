import path from 'node:path';
import type { Env } from '../../env';
import { EncryptedFileStorage } from './encrypted-file-storage';
import { resolveStorageEncryptionKey } from './encryption-key';
import type { FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';

export { StorageIntegrityError } from './chunked-cipher';
export { EncryptedFileStorage } from './encrypted-file-storage';
export { resolveStorageEncryptionKey } from './encryption-key';
export {
  assertValidStorageKey,
  type FileStorage,
  InvalidStorageKeyError,
  StorageObjectNotFoundError,
} from './file-storage';
export { LocalFileStorage } from './local-file-storage';
export { type PurgeResult, purgeExpiredRawFiles } from './retention';
export { S3FileStorage, type S3FileStorageOptions } from './s3-file-storage';

type StorageEnv = Pick<
  Env,
  | 'AYNI_DATA_DIR'
  | 'STORAGE_DIR'
  | 'S3_BUCKET'
  | 'S3_ENDPOINT'
  | 'S3_REGION'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_FORCE_PATH_STYLE'
  | 'STORAGE_ENCRYPTION_KEY'
>;

/**
 * The raw-file storage the environment asks for, always encrypted at rest: S3 when S3_BUCKET
 * is set, otherwise the folder STORAGE_DIR (default `<AYNI_DATA_DIR>/uploads`). `production`
 * is the flag createRuntime gets: it makes STORAGE_ENCRYPTION_KEY mandatory.
 */
export async function createFileStorage(
  env: StorageEnv,
  options: { production: boolean },
): Promise<FileStorage> {
  const key = await resolveStorageEncryptionKey({
    given: env.STORAGE_ENCRYPTION_KEY,
    production: options.production,
    dataDir: env.AYNI_DATA_DIR,
  });
  const inner: FileStorage = env.S3_BUCKET
    ? new S3FileStorage({
        endpoint: env.S3_ENDPOINT,
        region: env.S3_REGION,
        bucket: env.S3_BUCKET,
        accessKeyId: env.S3_ACCESS_KEY_ID,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY,
        forcePathStyle: env.S3_FORCE_PATH_STYLE,
      })
    : new LocalFileStorage(env.STORAGE_DIR ?? path.join(env.AYNI_DATA_DIR, 'uploads'));
  return new EncryptedFileStorage(inner, key);
}
