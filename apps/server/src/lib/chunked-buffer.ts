/**
 * Bytes written into fixed-size Buffers, handed out in order by `take()`: a writer never grows
 * one big Buffer nor builds one big string. Subclasses write at `chunk[used]` after `reserve`.
 */
export class ChunkedBuffer {
  protected chunk: Buffer;
  protected used = 0;
  private readonly ready: Buffer[] = [];

  constructor(private readonly chunkBytes = 256 * 1024) {
    this.chunk = Buffer.allocUnsafe(chunkBytes);
  }

  /** True once a chunk is full and `take()` should be sent. */
  get full(): boolean {
    return this.ready.length > 0;
  }

  get byteLength(): number {
    let length = this.used;
    for (const chunk of this.ready) length += chunk.length;
    return length;
  }

  /** Everything written since the last take, in order; the caller owns the Buffers. */
  take(): Buffer[] {
    const out = this.ready.splice(0);
    if (this.used > 0) {
      out.push(this.chunk.subarray(0, this.used));
      this.chunk = Buffer.allocUnsafe(this.chunkBytes);
      this.used = 0;
    }
    return out;
  }

  /** Makes room for `bytes` more in the current chunk, starting a new one when needed. */
  protected reserve(bytes: number): void {
    if (this.used + bytes <= this.chunk.length) return;
    if (this.used > 0) this.ready.push(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(Math.max(this.chunkBytes, bytes));
    this.used = 0;
  }
}
