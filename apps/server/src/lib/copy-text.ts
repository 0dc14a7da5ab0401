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
 * COPY rows encoded straight into fixed-size Buffers, as whole rows (`append`) or field by
 * field. A million rows appended to one string, converted at each flush, cost more than the
 * rest of the import's second pass: the string is a tree of small pieces to flatten and
 * encode, and the pieces outlive the young generation. Field by field there is no string at
 * all: text is encoded (and escaped) here, integers and 2-3 decimal amounts written as digits.
 * A row may straddle two Buffers; COPY data is a byte stream.
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

  /** A text field, escaped; `\N` for null. */
  text(value: string | null): void {
    if (value === null) {
      this.nullField();
      return;
    }
    const length = value.length;
    this.reserve(length * UTF8_BYTES_PER_UNIT);
    const bytes = this.chunk;
    let at = this.used;
    for (let i = 0; i < length; i++) {
      const code = value.charCodeAt(i);
      if (code < 0x80) {
        if (code === BACKSLASH) {
          bytes[at++] = BACKSLASH;
          bytes[at++] = BACKSLASH;
        } else if (code < 14 && (code === 9 || code === 10 || code === 13 || code === 0)) {
          // NUL cannot be stored in PostgreSQL text: U+FFFD, as copyText does.
          if (code === 0) at = writeReplacement(bytes, at);
          else {
            bytes[at++] = BACKSLASH;
            bytes[at++] = code === 9 ? 116 : code === 10 ? 110 : 114; // t n r
          }
        } else bytes[at++] = code;
      } else if (code < 0x800) {
        bytes[at++] = 0xc0 | (code >> 6);
        bytes[at++] = 0x80 | (code & 0x3f);
      } else if (code < 0xd800 || code > 0xdfff) {
        bytes[at++] = 0xe0 | (code >> 12);
        bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
        bytes[at++] = 0x80 | (code & 0x3f);
      } else {
        const next = i + 1 < length ? value.charCodeAt(i + 1) : 0;
        if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const point = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          bytes[at++] = 0xf0 | (point >> 18);
          bytes[at++] = 0x80 | ((point >> 12) & 0x3f);
          bytes[at++] = 0x80 | ((point >> 6) & 0x3f);
          bytes[at++] = 0x80 | (point & 0x3f);
          i++;
        } else at = writeReplacement(bytes, at); // a lone surrogate, as Buffer#write does
      }
    }
    this.used = at;
  }

  /** A number field exactly as `copyValue` writes it (String(value)); `\N` for null or ±∞/NaN. */
  number(value: number | null): void {
    if (value === null || !Number.isFinite(value)) {
      this.nullField();
      return;
    }
    if (Number.isInteger(value) && Math.abs(value) <= MAX_DIGITS_INTEGER) {
      this.reserve(17);
      if (value < 0) this.chunk[this.used++] = MINUS;
      this.used = writeDigits(this.chunk, this.used, Math.abs(value));
      return;
    }
    if (Math.abs(value) < MAX_SCALED && (this.scaled(value, 100) || this.scaled(value, 1000))) return;
    this.ascii(String(value));
  }

  boolean(value: boolean): void {
    this.reserve(1);
    this.chunk[this.used++] = value ? 116 : 102; // t f
  }

  /** Text known to need no escaping and to be ASCII (timestamps, numbers). */
  ascii(value: string): void {
    this.reserve(value.length);
    const bytes = this.chunk;
    let at = this.used;
    for (let i = 0; i < value.length; i++) bytes[at++] = value.charCodeAt(i);
    this.used = at;
  }

  /** Bytes already in COPY text form (a cached timestamp). */
  bytes(source: Uint8Array): void {
    const length = source.length;
    this.reserve(length);
    const bytes = this.chunk;
    const at = this.used;
    for (let i = 0; i < length; i++) bytes[at + i] = source[i] as number;
    this.used = at + length;
  }

  /** The field separator (tab) or, with `true`, the end of the row. */
  separator(endOfRow = false): void {
    this.reserve(1);
    this.chunk[this.used++] = endOfRow ? 10 : 9;
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

  private nullField(): void {
    this.reserve(2);
    this.chunk[this.used++] = BACKSLASH;
    this.chunk[this.used++] = 78; // N
  }

  /**
   * `value` written as k / scale when it is exactly the double nearest that (amounts rounded
   * to cents or thousandths). Below MAX_SCALED no decimal with as few digits lies as close,
   * so String(value) is that decimal, trailing zeros dropped; the tests hold the two together.
   */
  private scaled(value: number, scale: 100 | 1000): boolean {
    const k = Math.round(value * scale);
    if (k / scale !== value) return false;
    this.reserve(20);
    const magnitude = Math.abs(k);
    let fraction = magnitude % scale;
    if (k < 0) this.chunk[this.used++] = MINUS;
    this.used = writeDigits(this.chunk, this.used, (magnitude - fraction) / scale);
    if (fraction === 0) return true;
    this.chunk[this.used++] = 46; // .
    let unit = scale / 10;
    while (fraction > 0) {
      const digit = Math.floor(fraction / unit);
      this.chunk[this.used++] = 48 + digit;
      fraction -= digit * unit;
      unit /= 10;
    }
    return true;
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
const BACKSLASH = 92;
const MINUS = 45;
/** Integers up to here print as plain digits in String() (1e21 and up use exponents). */
const MAX_DIGITS_INTEGER = Number.MAX_SAFE_INTEGER;
const MAX_SCALED = 1e9;

function writeReplacement(bytes: Buffer, at: number): number {
  bytes[at] = 0xef;
  bytes[at + 1] = 0xbf;
  bytes[at + 2] = 0xbd;
  return at + 3;
}

/** The decimal digits of a non-negative safe integer. */
function writeDigits(bytes: Buffer, at: number, value: number): number {
  let digits = 1;
  for (let power = 10; power <= value; power *= 10) digits++;
  let end = at + digits;
  let rest = value;
  do {
    const next = Math.floor(rest / 10);
    bytes[--end] = 48 + (rest - next * 10);
    rest = next;
  } while (rest > 0);
  return at + digits;
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
