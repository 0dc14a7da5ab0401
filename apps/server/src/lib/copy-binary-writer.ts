import { ChunkedBuffer } from './chunked-buffer';
import { roundedScaled } from './decimal-rounding';

/**
 * PostgreSQL COPY binary format, written field by field into fixed-size Buffers (the format's
 * reader is `modules/analytics/copy-binary.ts`). PostgreSQL reads it without parsing text: no
 * numeric_in, timestamptz_in or escapes (a million staged lines COPY in ~1.9 s instead of
 * ~2.9 s). Every value is stored exactly as the text format would have stored it
 * (`copy-text.ts`; the tests write both and compare what PostgreSQL keeps).
 *
 * A stream is `header()`, rows (`row(fields)` then each field), `trailer()`. A row may straddle
 * two Buffers; COPY data is a byte stream.
 */
export class CopyBinaryRows extends ChunkedBuffer {
  /** A numeric's base-10000 groups, most significant first (reused field to field). */
  private readonly groups: number[] = [0, 0, 0, 0, 0, 0, 0, 0];

  /** The signature, flags and (empty) extension area every binary COPY starts with. */
  header(): void {
    this.reserve(SIGNATURE.length + 8);
    this.used += SIGNATURE.copy(this.chunk, this.used);
    this.used = this.chunk.writeInt32BE(0, this.used);
    this.used = this.chunk.writeInt32BE(0, this.used);
  }

  /** The end of the stream (a field count of −1). */
  trailer(): void {
    this.reserve(2);
    this.used = this.chunk.writeInt16BE(-1, this.used);
  }

  /** Starts a row of `fields` fields. */
  row(fields: number): void {
    this.reserve(2);
    this.used = writeInt16(this.chunk, this.used, fields);
  }

  nullField(): void {
    this.reserve(4);
    this.used = writeInt32(this.chunk, this.used, -1);
  }

  /** An `int` field; null for null. */
  int4(value: number | null): void {
    if (value === null) {
      this.nullField();
      return;
    }
    this.reserve(8);
    this.used = writeInt32(this.chunk, writeInt32(this.chunk, this.used, 4), value);
  }

  boolean(value: boolean): void {
    this.reserve(5);
    this.used = writeInt32(this.chunk, this.used, 1);
    this.chunk[this.used++] = value ? 1 : 0;
  }

  /**
   * A `timestamptz` field from epoch milliseconds, the instant `new Date(ms).toISOString()`
   * names (fractions of a millisecond dropped, as Date does; RangeError outside Date's range).
   */
  timestamptz(ms: number): void {
    if (!(Math.abs(ms) <= MAX_DATE_MS)) throw new RangeError('Invalid time value');
    const micros = (Math.trunc(ms) - POSTGRES_EPOCH_MS) * 1000;
    this.reserve(12);
    this.used = writeInt32(this.chunk, this.used, 8);
    if (Math.abs(micros) <= Number.MAX_SAFE_INTEGER) {
      const high = Math.floor(micros / 2 ** 32);
      this.used = writeInt32(this.chunk, writeInt32(this.chunk, this.used, high), micros - high * 2 ** 32);
    } else {
      this.used = this.chunk.writeBigInt64BE(
        (BigInt(Math.trunc(ms)) - BigInt(POSTGRES_EPOCH_MS)) * 1000n,
        this.used,
      );
    }
  }

  /**
   * A `numeric` field of a column with `scale` decimals (at most 4), holding what PostgreSQL
   * stores for the text `String(value)`: rounded to `scale` decimals, half away from zero. Null
   * for null and for ±∞/NaN, as the text format writes them.
   */
  numeric(value: number | null, scale: number): void {
    if (value === null || !Number.isFinite(value)) {
      this.nullField();
      return;
    }
    const negative = value < 0;
    const magnitude = Math.abs(value);
    if (Number.isInteger(value) && magnitude <= Number.MAX_SAFE_INTEGER) {
      this.numericDigits(negative, magnitude, 0, scale);
      return;
    }
    const unit = 10 ** scale;
    const scaled = Math.round(magnitude * unit);
    // Below MAX_SCALED a double that is k / 10^scale prints (String) as that very decimal.
    if (magnitude < MAX_SCALED && scaled / unit === magnitude) {
      const fraction = scaled % unit;
      this.numericDigits(negative, (scaled - fraction) / unit, fraction, scale);
      return;
    }
    const rounded = roundedScaled(String(magnitude), scale);
    const bigUnit = BigInt(unit);
    this.numericDigits(negative, rounded / bigUnit, Number(rounded % bigUnit), scale);
  }

  /** A `text` field (UTF-8); NUL and lone surrogates become U+FFFD, as in the text format. */
  text(value: string | null): void {
    this.utf8Field(value, false);
  }

  /** A `jsonb` field from JSON text (format version 1, then the text). */
  jsonb(json: string | null): void {
    this.utf8Field(json, true);
  }

  /** A length, then (for jsonb) the version byte 1, then `value` as UTF-8; null for null. */
  private utf8Field(value: string | null, jsonbVersion: boolean): void {
    if (value === null) {
      this.nullField();
      return;
    }
    const prefix = jsonbVersion ? 1 : 0;
    this.reserve(4 + prefix + value.length * UTF8_BYTES_PER_UNIT);
    const lengthAt = this.used;
    if (jsonbVersion) this.chunk[lengthAt + 4] = 1;
    const end = writeUtf8(this.chunk, lengthAt + 4 + prefix, value);
    writeInt32(this.chunk, lengthAt, end - lengthAt - 4);
    this.used = end;
  }

  /**
   * ±(whole + fraction / 10^scale) as numeric's base-10000 digits: the integer part's groups,
   * then one group for the (at most 4) decimals; zero groups at either end left out. Written
   * byte by byte: a field costs no array and no Buffer method call.
   */
  private numericDigits(negative: boolean, whole: number | bigint, fraction: number, scale: number): void {
    const groups = this.groups;
    let count = 0;
    if (typeof whole === 'bigint') {
      const big: number[] = [];
      for (let rest = whole; rest > 0n; rest /= 10_000n) big.push(Number(rest % 10_000n));
      for (let i = big.length - 1; i >= 0; i--) groups[count++] = big[i] as number;
    } else if (whole > 0) {
      // Most significant first: at most 4 groups below 2^53.
      let power = 1;
      while (power * 10_000 <= whole) power *= 10_000;
      for (let rest = whole; power >= 1; power /= 10_000) {
        const group = Math.floor(rest / power);
        groups[count++] = group;
        rest -= group * power;
      }
    }
    let weight = count - 1;
    if (fraction !== 0) groups[count++] = fraction * 10 ** (4 - scale);
    // Leading zero groups only come from a zero integer part, which adds none.
    while (count > 0 && groups[count - 1] === 0) count--;
    if (count === 0) weight = 0;
    this.reserve(12 + count * 2);
    const bytes = this.chunk;
    let at = writeInt32(bytes, this.used, 8 + count * 2);
    at = writeInt16(bytes, at, count);
    at = writeInt16(bytes, at, weight);
    // numeric has no negative zero.
    at = writeInt16(bytes, at, negative && count > 0 ? NUMERIC_NEG : 0);
    at = writeInt16(bytes, at, scale);
    for (let i = 0; i < count; i++) at = writeInt16(bytes, at, groups[i] as number);
    this.used = at;
  }
}

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** 2000-01-01T00:00:00Z, PostgreSQL's timestamp epoch, in Unix milliseconds. */
const POSTGRES_EPOCH_MS = 946_684_800_000;
const MAX_DATE_MS = 8.64e15;
const MAX_SCALED = 1e9;
const NUMERIC_NEG = 0x4000;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit (4 for a surrogate pair, i.e. 2 units). */
const UTF8_BYTES_PER_UNIT = 3;

/** Big-endian 16 bits of `value` at `at`; returns the next position. */
function writeInt16(bytes: Buffer, at: number, value: number): number {
  bytes[at] = (value >> 8) & 0xff;
  bytes[at + 1] = value & 0xff;
  return at + 2;
}

/** Big-endian 32 bits of `value` (signed or not: the same bytes) at `at`; returns the next position. */
function writeInt32(bytes: Buffer, at: number, value: number): number {
  bytes[at] = (value >>> 24) & 0xff;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
  return at + 4;
}

/** Writes `value` as UTF-8 at `at`; NUL and lone surrogates as U+FFFD. Returns the end. */
function writeUtf8(bytes: Buffer, at: number, value: string): number {
  const length = value.length;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0) at = writeReplacement(bytes, at);
      else bytes[at++] = code;
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
      } else at = writeReplacement(bytes, at);
    }
  }
  return at;
}

function writeReplacement(bytes: Buffer, at: number): number {
  bytes[at] = 0xef;
  bytes[at + 1] = 0xbf;
  bytes[at + 2] = 0xbd;
  return at + 3;
}
