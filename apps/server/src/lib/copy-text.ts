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
 * COPY rows encoded straight into fixed-size Buffers as they are written. Appending a million
 * rows to one string and converting it at each flush cost more than building the rows: the
 * string is a tree of small pieces that must be flattened, then encoded, and it survives
 * long enough to be promoted by the garbage collector.
 */
export class CopyChunks {
  private chunk: Buffer;
  private used = 0;
  private readonly ready: Buffer[] = [];

  constructor(private readonly chunkBytes = 256 * 1024) {
    this.chunk = Buffer.allocUnsafe(chunkBytes);
  }

  /** Appends rows (escaped text); true once a chunk is full and `take()` should be sent. */
  append(rows: string): boolean {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 for 2).
    const worst = rows.length * 3;
    if (this.used + worst > this.chunk.length) {
      if (this.used > 0) this.ready.push(this.chunk.subarray(0, this.used));
      this.chunk = Buffer.allocUnsafe(Math.max(this.chunkBytes, worst));
      this.used = 0;
    }
    this.used += this.chunk.write(rows, this.used, 'utf8');
    return this.ready.length > 0;
  }

  get byteLength(): number {
    let length = this.used;
    for (const chunk of this.ready) length += chunk.length;
    return length;
  }

  /** Everything appended since the last take, in order; the caller owns the Buffers. */
  take(): Buffer[] {
    const out = this.ready.splice(0);
    if (this.used > 0) {
      out.push(this.chunk.subarray(0, this.used));
      this.chunk = Buffer.allocUnsafe(this.chunkBytes);
      this.used = 0;
    }
    return out;
  }
}

const MS_PER_DAY = 86_400_000;
const MAX_DATE_MS = 8.64e15;
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

/**
 * `new Date(ms).toISOString()`, exactly, without a Date per call: sales come in runs of the
 * same instant (the lines of one ticket) and the same day, so the day's text is kept and only
 * the time of day is formatted.
 */
export class IsoTimestamps {
  private day = Number.NaN;
  private dayText = '';
  private lastMs = Number.NaN;
  private lastText = '';

  format(ms: number): string {
    if (ms === this.lastMs) return this.lastText;
    // Fractions, NaN and instants out of Date's range: Date's own answer (or RangeError).
    if (!Number.isInteger(ms) || Math.abs(ms) > MAX_DATE_MS) return new Date(ms).toISOString();
    const day = Math.floor(ms / MS_PER_DAY);
    if (day !== this.day) {
      const iso = new Date(day * MS_PER_DAY).toISOString();
      this.day = day;
      this.dayText = iso.slice(0, iso.indexOf('T') + 1);
    }
    let rest = ms - day * MS_PER_DAY;
    const hours = Math.floor(rest / 3_600_000);
    rest -= hours * 3_600_000;
    const minutes = Math.floor(rest / 60_000);
    rest -= minutes * 60_000;
    const seconds = Math.floor(rest / 1000);
    const millis = rest - seconds * 1000;
    this.lastMs = ms;
    this.lastText = `${this.dayText}${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${THREE_DIGITS[millis]}Z`;
    return this.lastText;
  }
}
