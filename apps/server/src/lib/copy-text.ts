import { ChunkedBuffer } from './chunked-buffer';

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
export class CopyChunks extends ChunkedBuffer {
  /** Appends rows (escaped text); true once a chunk is full. */
  append(rows: string): boolean {
    this.reserve(rows.length * UTF8_BYTES_PER_UNIT);
    this.used += this.chunk.write(rows, this.used, 'utf8');
    return this.full;
  }
}

/** UTF-8 takes at most 3 bytes per UTF-16 code unit (4 for a surrogate pair, i.e. 2 units). */
const UTF8_BYTES_PER_UNIT = 3;
