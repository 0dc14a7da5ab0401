import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { SourceError } from './source-error';
import { expandsTooMuch, MAX_COMPRESSION_RATIO, MAX_DECOMPRESSED_BYTES } from './source-limits';

export type SourceFormat = 'gzip' | 'xlsx' | 'text';

/** Enough bytes for every signature `sniffFormat` knows. */
export const SNIFF_BYTES = 4;

/** By magic number only: gzip (1f 8b), a zip container = XLSX (PK\x03\x04), anything else text. */
export function sniffFormat(firstBytes: Uint8Array): SourceFormat {
  const [a, b, c, d] = firstBytes;
  if (a === 0x1f && b === 0x8b) return 'gzip';
  if (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04) return 'xlsx';
  return 'text';
}

/**
 * Reads the first `count` bytes (fewer if the stream is shorter) without losing them: the
 * returned stream replays them followed by the rest. Use it to sniff before choosing a reader.
 */
export async function peekBytes(
  source: Readable,
  count = SNIFF_BYTES,
): Promise<{ firstBytes: Uint8Array; stream: Readable }> {
  const iterator: AsyncIterator<Buffer> = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < count) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    length += next.value.length;
  }
  const rest: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => iterator };
  async function* replay() {
    yield* head;
    if (!done) yield* rest;
  }
  return {
    firstBytes: Buffer.concat(head).subarray(0, count),
    stream: Readable.from(replay(), { objectMode: false }),
  };
}

/**
 * The decompressed bytes when `firstBytes` (the start of `stream`, still unread) say gzip,
 * otherwise `stream` untouched. Corrupt or cut-off gzip data fails the stream with
 * GZIP_UNREADABLE; a decompression bomb (more than `maxBytes` of output, or past the ratio of
 * `expandsTooMuch`) with GZIP_TOO_LARGE, as soon as it shows.
 */
export function maybeGunzip(
  stream: Readable,
  firstBytes: Uint8Array,
  options: { maxBytes?: number } = {},
): Readable {
  if (sniffFormat(firstBytes) !== 'gzip') return stream;
  const maxBytes = options.maxBytes ?? MAX_DECOMPRESSED_BYTES;
  let input = 0;
  let output = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      input += chunk.length;
      callback(null, chunk);
    },
  });
  const guard = new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      output += chunk.length;
      if (output > maxBytes || expandsTooMuch(output, input)) {
        callback(
          new SourceError(
            'GZIP_TOO_LARGE',
            `The compressed file expands too much (more than ${MAX_COMPRESSION_RATIO} times its size or ${megabytes(maxBytes)} MB): it looks like a decompression bomb`,
            `El archivo comprimido se expande demasiado (más de ${MAX_COMPRESSION_RATIO} veces su tamaño o ${megabytes(maxBytes)} MB): parece una bomba de descompresión`,
            { maxBytes, maxRatio: MAX_COMPRESSION_RATIO },
          ),
        );
        return;
      }
      callback(null, chunk);
    },
    // pipeline() destroys the last stream with the first error; zlib's get a clear code here.
    destroy(err, callback) {
      callback(isZlibError(err) ? unreadableGzip(err) : err);
    },
  });
  return pipeline(stream, counter, createGunzip(), guard, () => {});
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

function isZlibError(err: Error | null): err is Error {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

function unreadableGzip(cause: Error): SourceError {
  return new SourceError(
    'GZIP_UNREADABLE',
    'The file looks gzip-compressed but is corrupt or incomplete',
    'El archivo parece comprimido con gzip pero está dañado o incompleto',
    {},
    { cause },
  );
}
