import type { Readable } from 'node:stream';

/**
 * Reads chunks until at least `min` bytes (or the end) and gives back those bytes and the whole
 * stream again (them first). Plain async iterables, not streams: each chunk of a 100 MB file
 * passes here, and every stream layer costs a few promise turns per chunk.
 */
export async function peek(
  iterator: AsyncIterator<Buffer>,
  min: number,
): Promise<{ head: Buffer; rest: AsyncIterator<Buffer> }> {
  const parts: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < min) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    parts.push(next.value);
    size += next.value.length;
  }
  const head = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  async function* whole(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, rest: whole() };
}

export const iterable = <T>(iterator: AsyncIterator<T>): AsyncIterable<T> => ({
  [Symbol.asyncIterator]: () => iterator,
});

/**
 * The batches, and the stored file released once they are done with: read to the end, failed,
 * or left early (a preview's first rows). Without this a file stream left half read kept its
 * file descriptor until garbage collection.
 */
export async function* releasing<T>(input: Readable, batches: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* batches;
  } finally {
    input.destroy();
  }
}
