import { pipeline, type Readable, Transform } from 'node:stream';
import { assertMasterKey, createDecryptStream, createEncryptStream } from './chunked-cipher';
import type { FileStorage } from './file-storage';

/**
 * Encrypts everything written to `inner` and decrypts on the way out (see chunked-cipher.ts).
 * `put` answers the plaintext size, the number callers care about; a file that was tampered
 * with, truncated or written under another key makes the stream from `get` fail with a
 * `StorageIntegrityError`: never garbage.
 */
export class EncryptedFileStorage implements FileStorage {
  constructor(
    private readonly inner: FileStorage,
    private readonly key: Buffer,
  ) {
    assertMasterKey(key);
  }

  async put(key: string, body: Readable): Promise<{ size: number }> {
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        callback(null, chunk);
      },
    });
    // pipeline() wires errors both ways: a failing source fails the inner put, and an inner put
    // that gives up destroys the source.
    const encrypted = pipeline(body, counter, createEncryptStream(this.key), () => {});
    try {
      await this.inner.put(key, encrypted);
    } catch (err) {
      encrypted.destroy();
      throw err;
    }
    return { size };
  }

  async get(key: string): Promise<Readable> {
    const stored = await this.inner.get(key);
    return pipeline(stored, createDecryptStream(this.key), () => {});
  }

  delete(key: string): Promise<void> {
    return this.inner.delete(key);
  }

  exists(key: string): Promise<boolean> {
    return this.inner.exists(key);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
