import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  type CompletedPart,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { ByteQueue } from './byte-queue';
import { assertValidStorageKey, type FileStorage, StorageObjectNotFoundError } from './file-storage';

export interface S3FileStorageOptions {
  /** S3-compatible endpoint (MinIO, R2, s3rver...); unset = AWS itself. */
  endpoint?: string;
  region: string;
  bucket: string;
  /** Both or neither; neither = the SDK's default credential chain (IAM role, profile...). */
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Bytes per multipart part (S3 requires at least 5 MiB for all but the last). */
  partBytes?: number;
}

const DEFAULT_PART_BYTES = 8 * 1024 * 1024;
const MIN_PART_BYTES = 5 * 1024 * 1024;

/**
 * Objects in one S3 bucket. `@aws-sdk/lib-storage` is not installed and PutObject needs a known
 * length, so uploads are sent in parts of `partBytes`, one at a time: memory stays at about one
 * part whatever the file size. A body smaller than one part goes as a single PutObject.
 */
export class S3FileStorage implements FileStorage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly partBytes: number;

  constructor(options: S3FileStorageOptions) {
    if (Boolean(options.accessKeyId) !== Boolean(options.secretAccessKey)) {
      throw new Error('S3 credentials need both the access key id and the secret access key');
    }
    this.bucket = options.bucket;
    this.partBytes = Math.max(options.partBytes ?? DEFAULT_PART_BYTES, MIN_PART_BYTES);
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials:
        options.accessKeyId && options.secretAccessKey
          ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
          : undefined,
      // Many S3-compatible servers reject the SDK's newer default checksum headers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Readable): Promise<{ size: number }> {
    const Bucket = this.bucket;
    const buffered = new ByteQueue();
    const parts: CompletedPart[] = [];
    let uploadId: string | undefined;
    let size = 0;
    const sendPart = async (bytes: Buffer) => {
      const PartNumber = parts.length + 1;
      const { ETag } = await this.client.send(
        new UploadPartCommand({ Bucket, Key: key, UploadId: uploadId, PartNumber, Body: bytes }),
      );
      parts.push({ ETag, PartNumber });
    };
    try {
      assertValidStorageKey(key);
      for await (const chunk of body as AsyncIterable<Buffer>) {
        buffered.push(chunk);
        size += chunk.length;
        while (buffered.length >= this.partBytes) {
          uploadId ??= (await this.client.send(new CreateMultipartUploadCommand({ Bucket, Key: key })))
            .UploadId;
          await sendPart(buffered.take(this.partBytes));
        }
      }
      if (!uploadId) {
        await this.client.send(new PutObjectCommand({ Bucket, Key: key, Body: buffered.take(size) }));
        return { size };
      }
      if (buffered.length > 0) await sendPart(buffered.take(buffered.length));
      await this.client.send(
        new CompleteMultipartUploadCommand({
          Bucket,
          Key: key,
          UploadId: uploadId,
          MultipartUpload: { Parts: parts },
        }),
      );
      return { size };
    } catch (err) {
      body.destroy();
      if (uploadId) {
        // Unfinished multipart uploads are billed until aborted.
        await this.client
          .send(new AbortMultipartUploadCommand({ Bucket, Key: key, UploadId: uploadId }))
          .catch(() => {});
      }
      throw err;
    }
  }

  async get(key: string): Promise<Readable> {
    assertValidStorageKey(key);
    try {
      const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!(Body instanceof Readable)) throw new Error(`S3 answered no readable body for "${key}"`);
      return Body;
    } catch (err) {
      if (isNotFound(err)) throw new StorageObjectNotFoundError(key);
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidStorageKey(key);
    // S3 deletes are idempotent: a missing key answers 204 as well.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    assertValidStorageKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  if (e?.name === 'NoSuchBucket') return false;
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}
