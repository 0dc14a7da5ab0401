import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { ByteQueue } from './byte-queue';

/**
 * Encryption at rest as a stream of independently sealed AES-256-GCM chunks, so files of any
 * size encrypt and decrypt with bounded memory and nothing unauthenticated is ever emitted.
 *
 * Layout: header (48 bytes) = magic "AYNI-ENC" | version u8 | 3 zero bytes | chunk size u32 BE |
 * 32-byte random salt; then records = IV (12) | ciphertext | tag (16). Every record but the last
 * holds exactly `chunk size` plaintext bytes; the last holds 0..chunk size.
 *
 * Each file gets its own key, HKDF(master key, salt), so random 12-byte IVs never approach the
 * GCM collision bound however many files share the master key. Every record's additional data is
 * header | record index u64 | final flag, so reordered, dropped, appended or cut-off records
 * (including a cut exactly at a record boundary) fail authentication.
 */

/**
 * Plaintext per record of new files (a file's header says its own size, so files written with
 * 64 KB records still read). 1 MB: half the CPU of 64 KB records to encrypt and decrypt (one
 * cipher per record), and an import decrypts its file twice.
 */
export const PLAINTEXT_CHUNK_BYTES = 1024 * 1024;
const MAGIC = Buffer.from('AYNI-ENC', 'ascii');
const VERSION = 1;
const HEADER_BYTES = 48;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Refuses headers announcing absurd chunk sizes, which would otherwise make us buffer them. */
const MAX_CHUNK_BYTES = 16 * 1024 * 1024;
const KEY_INFO = Buffer.from('ayni file storage v1', 'ascii');

export class StorageIntegrityError extends Error {
  readonly code = 'STORAGE_INTEGRITY';
  constructor(message: string) {
    super(message);
    this.name = 'StorageIntegrityError';
  }
}

const notEncrypted = () => new StorageIntegrityError('Not an encrypted AYNI file');

export function assertMasterKey(key: Buffer): void {
  if (key.length !== 32) throw new Error(`The storage encryption key must be 32 bytes, got ${key.length}`);
}

function fileKey(masterKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, salt, KEY_INFO, 32));
}

function additionalData(header: Buffer, index: number, final: boolean): Buffer {
  const suffix = Buffer.alloc(9);
  suffix.writeBigUInt64BE(BigInt(index), 0);
  suffix.writeUInt8(final ? 1 : 0, 8);
  return Buffer.concat([header, suffix]);
}

export function createEncryptStream(masterKey: Buffer, chunkBytes = PLAINTEXT_CHUNK_BYTES): Transform {
  assertMasterKey(masterKey);
  const salt = randomBytes(32);
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt8(VERSION, 8);
  header.writeUInt32BE(chunkBytes, 12);
  salt.copy(header, 16);
  const key = fileKey(masterKey, salt);
  const pending = new ByteQueue();
  let index = 0;
  let headerSent = false;

  const seal = (plaintext: Buffer, final: boolean): Buffer => {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(additionalData(header, index++, final));
    const body = cipher.update(plaintext);
    const rest = cipher.final(); // empty for GCM
    return Buffer.concat([iv, body, rest, cipher.getAuthTag()]);
  };
  const sendHeader = (stream: Transform) => {
    if (!headerSent) stream.push(header);
    headerSent = true;
  };

  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      sendHeader(this);
      pending.push(chunk);
      // Strictly more than a chunk: a full chunk may turn out to be the last one.
      while (pending.length > chunkBytes) this.push(seal(pending.take(chunkBytes), false));
      callback();
    },
    flush(callback: TransformCallback) {
      sendHeader(this);
      this.push(seal(pending.take(chunkBytes), true));
      callback();
    },
  });
}

export function createDecryptStream(masterKey: Buffer): Transform {
  assertMasterKey(masterKey);
  const pending = new ByteQueue();
  let header: Buffer | null = null;
  let key: Buffer | null = null;
  let recordBytes = 0;
  let index = 0;

  const readHeader = (): void => {
    const candidate = pending.take(HEADER_BYTES);
    if (!candidate.subarray(0, MAGIC.length).equals(MAGIC)) throw notEncrypted();
    const version = candidate.readUInt8(8);
    if (version !== VERSION) throw new StorageIntegrityError(`Unknown encrypted file version ${version}`);
    const chunkBytes = candidate.readUInt32BE(12);
    if (chunkBytes < 1 || chunkBytes > MAX_CHUNK_BYTES) {
      throw new StorageIntegrityError(`Invalid chunk size ${chunkBytes} in encrypted file header`);
    }
    header = candidate;
    key = fileKey(masterKey, candidate.subarray(16, 48));
    recordBytes = IV_BYTES + chunkBytes + TAG_BYTES;
  };

  const open = (record: Buffer, final: boolean): Buffer => {
    if (!header || !key) throw new StorageIntegrityError('Encrypted file header missing');
    const decipher = createDecipheriv('aes-256-gcm', key, record.subarray(0, IV_BYTES));
    decipher.setAAD(additionalData(header, index++, final));
    decipher.setAuthTag(record.subarray(record.length - TAG_BYTES));
    try {
      const body = decipher.update(record.subarray(IV_BYTES, record.length - TAG_BYTES));
      const rest = decipher.final(); // empty for GCM; throws when the tag does not match
      return rest.length === 0 ? body : Buffer.concat([body, rest]);
    } catch {
      throw new StorageIntegrityError(
        `Encrypted file chunk ${index - 1} failed authentication (wrong key, tampered or truncated file)`,
      );
    }
  };

  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        pending.push(chunk);
        if (!header && pending.length >= HEADER_BYTES) readHeader();
        // Strictly more than a record: the last record is only known at the end of the stream.
        while (header && pending.length > recordBytes) this.push(open(pending.take(recordBytes), false));
        callback();
      } catch (err) {
        callback(err as Error);
      }
    },
    flush(callback: TransformCallback) {
      try {
        if (!header) {
          const start = pending.take(MAGIC.length);
          if (start.length === MAGIC.length && !start.equals(MAGIC)) throw notEncrypted();
          throw new StorageIntegrityError('Encrypted file is truncated (incomplete header)');
        }
        if (pending.length < IV_BYTES + TAG_BYTES) {
          throw new StorageIntegrityError('Encrypted file is truncated (incomplete last chunk)');
        }
        this.push(open(pending.take(recordBytes), true));
        callback();
      } catch (err) {
        callback(err as Error);
      }
    },
  });
}
