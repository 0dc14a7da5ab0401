/**
 * Fields of `COPY … TO STDOUT (FORMAT binary)` rows read as the text format read them (the
 * instants and amounts exactly as `Number(text)` gave them), without the text.
 */

/** Microseconds from 1970 to 2000-01-01, PostgreSQL's epoch. */
const PG_EPOCH_US = 946_684_800_000_000;
const INT64_MAX = 2n ** 63n - 1n;

/**
 * A timestamptz (int8 µs since 2000) as `(extract(epoch from sold_at) * 1000)::bigint` gave it:
 * milliseconds rounded half away from zero (numeric rounding).
 */
export function epochMs(data: Buffer, at: number): number {
  const high = data.readInt32BE(at);
  const us = high * 2 ** 32 + data.readUInt32BE(at + 4) + PG_EPOCH_US;
  if (Math.abs(us) < 2 ** 52) {
    const rest = us % 1000;
    const ms = (us - rest) / 1000;
    return rest >= 500 ? ms + 1 : rest <= -500 ? ms - 1 : ms;
  }
  const raw = data.readBigInt64BE(at);
  if (raw === INT64_MAX || raw === -INT64_MAX - 1n) throw new Error('cannot read an infinite sold_at');
  const exact = raw + BigInt(PG_EPOCH_US);
  const rest = exact % 1000n;
  const ms = (exact - rest) / 1000n;
  return Number(rest >= 500n ? ms + 1n : rest <= -500n ? ms - 1n : ms);
}

/** 10^0 … 10^22: every one exact as a double. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * A binary numeric (ndigits, weight, sign, dscale, base-10000 digits) as `Number(its text)`:
 * the digits make an exact integer n = value × 10^dscale, and n / 10^dscale is the correctly
 * rounded double of the decimal, as parsing the text is. Beyond 2^53 the text is parsed.
 */
export function numericValue(data: Buffer, at: number): number {
  const digits = ((data[at] as number) << 8) | (data[at + 1] as number);
  const weight = ((((data[at + 2] as number) << 8) | (data[at + 3] as number)) << 16) >> 16;
  const sign = ((data[at + 4] as number) << 8) | (data[at + 5] as number);
  const scale = ((data[at + 6] as number) << 8) | (data[at + 7] as number);
  if (sign === 0xc000) return Number.NaN;
  if (sign === 0xd000) return Number.POSITIVE_INFINITY;
  if (sign === 0xf000) return Number.NEGATIVE_INFINITY;
  let digitsValue = 0;
  for (let i = at + 8; i < at + 8 + 2 * digits; i += 2)
    digitsValue = digitsValue * 10000 + (((data[i] as number) << 8) | (data[i + 1] as number));
  // The last digit is worth 10000^(weight − digits + 1); n = digitsValue × 10^exponent, where a
  // negative exponent only drops zeros (a numeric holds no digit beyond its dscale).
  const exponent = 4 * (weight - digits + 1) + scale;
  if (digitsValue >= 2 ** 53 || scale > 22 || exponent > 22 || exponent < -22)
    return Number(numericText(data, at, digits, weight, sign));
  const n =
    exponent >= 0
      ? digitsValue * (POWERS_OF_TEN[exponent] as number)
      : Math.trunc(digitsValue / (POWERS_OF_TEN[-exponent] as number));
  if (n >= 2 ** 53) return Number(numericText(data, at, digits, weight, sign));
  const value = n / (POWERS_OF_TEN[scale] as number);
  return sign === 0x4000 ? -value : value;
}

function numericText(data: Buffer, at: number, digits: number, weight: number, sign: number) {
  let text = '';
  for (let i = 0; i < digits; i++) text += String(data.readInt16BE(at + 8 + 2 * i)).padStart(4, '0');
  // text holds digits × 4 decimal digits, the first worth 10^(4 × weight + 3).
  return `${sign === 0x4000 ? '-' : ''}${text || '0'}e${4 * (weight - digits + 1)}`;
}

/** Distinct texts the cache keeps at most (then the others are decoded every time). */
const CACHE_LIMIT = 1 << 16;

/**
 * Text fields of COPY rows as strings, the same string object for the same bytes: for the
 * cached fields from a table by bytes, for the others when the field repeats its value in the
 * row before (a ticket's lines repeat its id and customer). Fewer strings to build and collect, and the engine's identity
 * checks hit.
 */
export class TextFields {
  /** After `read`: where the field ended. */
  end = 0;
  private readonly last: (string | null)[];
  private readonly lastStart: Int32Array;
  private readonly lastLength: Int32Array;
  private readonly lastData: (Buffer | null)[];
  private readonly cached: boolean[];
  /** The cache: open addressing over FNV-1a of the bytes (slot → entry + 1). */
  private slots = new Int32Array(1024);
  private hashes: number[] = [];
  private strings: string[] = [];
  private bytes: Buffer[] = [];

  /** `cachedFields`: fields with few distinct values (products, categories…), cached by bytes. */
  constructor(fields: number, cachedFields: readonly number[]) {
    this.last = new Array(fields).fill(null);
    this.lastStart = new Int32Array(fields);
    this.lastLength = new Int32Array(fields).fill(-1);
    this.lastData = new Array(fields).fill(null);
    this.cached = Array.from({ length: fields }, (_, field) => cachedFields.includes(field));
  }

  read(data: Buffer, at: number, field: number): string | null {
    const length =
      ((data[at] as number) << 24) |
      ((data[at + 1] as number) << 16) |
      ((data[at + 2] as number) << 8) |
      (data[at + 3] as number);
    const start = at + 4;
    if (length < 0) {
      this.end = start;
      this.lastLength[field] = -1;
      return null;
    }
    const end = start + length;
    this.end = end;
    // Hashing the bytes finds a cached text in one pass: no use comparing with the last first.
    if (this.cached[field]) return this.cachedText(data, start, end);
    const lastData = this.lastData[field];
    if (this.lastLength[field] === length && lastData != null) {
      const from = (this.lastStart[field] as number) - start;
      let same = true;
      for (let i = start; i < end; i++) {
        if (lastData[from + i] !== data[i]) {
          same = false;
          break;
        }
      }
      if (same) return this.last[field] as string;
    }
    const text = decode(data, start, end);
    // The bytes stay readable where they are: a chunk is never written to once received.
    this.lastData[field] = data;
    this.lastStart[field] = start;
    this.lastLength[field] = length;
    this.last[field] = text;
    return text;
  }

  private cachedText(data: Buffer, start: number, end: number): string {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ (data[i] as number), 0x01000193);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = (this.slots[slot] as number) - 1;
      if (entry < 0) break;
      if (this.hashes[entry] === hash && this.sameBytes(entry, data, start, end))
        return this.strings[entry] as string;
      slot = (slot + 1) & mask;
    }
    const text = decode(data, start, end);
    if (this.strings.length >= CACHE_LIMIT) return text;
    this.slots[slot] = this.strings.length + 1;
    this.hashes.push(hash);
    this.strings.push(text);
    this.bytes.push(Buffer.from(data.subarray(start, end)));
    if (this.strings.length * 2 > this.slots.length) this.rehash();
    return text;
  }

  private sameBytes(entry: number, data: Buffer, start: number, end: number): boolean {
    const bytes = this.bytes[entry] as Buffer;
    if (bytes.length !== end - start) return false;
    for (let i = start; i < end; i++) if (bytes[i - start] !== data[i]) return false;
    return true;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.hashes.length; entry++) {
      let slot = (this.hashes[entry] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }
}

/** UTF-8 bytes as a string, without `toString`'s argument checks (bounds are checked above). */
const decode = (data: Buffer, start: number, end: number): string =>
  (data as Buffer & { utf8Slice(start: number, end: number): string }).utf8Slice(start, end);
