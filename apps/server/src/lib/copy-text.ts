/** PostgreSQL COPY text format: tab-separated, `\N` for null, backslash escapes. */

// PostgreSQL text cannot hold NUL at all: a NUL byte in a file (binary junk, a broken export)
// becomes U+FFFD, the replacement character, instead of failing the whole COPY.
const ESCAPED = /[\\\t\n\r\0]/g;

/** True when `text` holds a character COPY text must escape (a loop: cheaper than a regex). */
function needsEscape(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 92 || (code < 14 && (code === 9 || code === 10 || code === 13 || code === 0))) return true;
  }
  return false;
}

/** A text value, escaped. */
export function copyText(value: string): string {
  if (!needsEscape(value)) return value;
  return value.replace(ESCAPED, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\uFFFD',
  );
}

export function copyValue(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return copyText(value);
}

export function copyRow(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += '\t';
    out += copyValue(values[i]);
  }
  return `${out}\n`;
}

/**
 * COPY text rows encoded into fixed-size Buffers as they are appended: many rows appended to
 * one string, converted at each flush, make a tree of small pieces to flatten and encode that
 * outlives the young generation. (Lines are staged in the binary format: `copy-binary.ts`.)
 */
export class CopyChunks {
  private chunk: Buffer;
  private used = 0;
  private readonly ready: Buffer[] = [];

  constructor(private readonly chunkBytes = 256 * 1024) {
    this.chunk = Buffer.allocUnsafe(chunkBytes);
  }

  /** True once a chunk is full and `take()` should be sent. */
  get full(): boolean {
    return this.ready.length > 0;
  }

  /** Appends rows (escaped text); true once a chunk is full. */
  append(rows: string): boolean {
    this.reserve(rows.length * UTF8_BYTES_PER_UNIT);
    this.used += this.chunk.write(rows, this.used, 'utf8');
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
  private reserve(bytes: number): void {
    if (this.used + bytes <= this.chunk.length) return;
    if (this.used > 0) this.ready.push(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(Math.max(this.chunkBytes, bytes));
    this.used = 0;
  }
}

/** UTF-8 takes at most 3 bytes per UTF-16 code unit (4 for a surrogate pair, i.e. 2 units). */
const UTF8_BYTES_PER_UNIT = 3;
