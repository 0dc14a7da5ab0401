/** A FIFO of byte chunks that hands out exact-length slices without re-copying everything it holds. */
export class ByteQueue {
  private chunks: Buffer[] = [];
  private total = 0;

  get length(): number {
    return this.total;
  }

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.total += chunk.length;
  }

  /** Removes and returns the first `n` bytes (fewer if the queue holds less). */
  take(n: number): Buffer {
    const wanted = Math.min(n, this.total);
    const parts: Buffer[] = [];
    let collected = 0;
    while (collected < wanted) {
      const head = this.chunks[0] as Buffer;
      const needed = wanted - collected;
      if (head.length <= needed) {
        parts.push(head);
        this.chunks.shift();
        collected += head.length;
      } else {
        parts.push(head.subarray(0, needed));
        this.chunks[0] = head.subarray(needed);
        collected += needed;
      }
    }
    this.total -= wanted;
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, wanted);
  }
}
