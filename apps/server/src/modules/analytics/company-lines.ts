import type { FeatureLine } from '@ayni/engine';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';

// Binary COPY out of the stored columns as they are: no per-row protocol messages, no text to
// build in PostgreSQL nor to decode, split and parse here (casting in SQL cost PostgreSQL more
// than the parsing saves). The instants and amounts are converted exactly as the text was read
// (see `epochMs` and `numericValue`).
const LINE_COLUMNS = `sold_at, document_id, sku, quantity, total, cost_total, discount_total, customer_id,
  category, location_name, product_name, unit`;
const FIELDS = 12;
/** 'PGCOPY\n\xff\r\n\0', flags (int32), header extension length (int32). */
const SIGNATURE_LENGTH = 11;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads the company's stored lines (as they are in `client`'s transaction) in the shape the
 * feature engine reads, calling `visit` for each. `visit` gets ONE line object, overwritten for
 * every line: read it, never keep it (the accumulators keep only its numbers and strings).
 * RLS applies: `client` must be in the company's scope.
 */
export async function readCompanyLines(
  client: pg.PoolClient,
  companyId: string,
  visit: (line: FeatureLine) => void,
): Promise<number> {
  const reader = new CopyBinaryLineReader();
  for await (const chunk of copyLinesOut(client, companyId)) reader.push(chunk as Buffer, visit);
  reader.end();
  return reader.lines;
}

/** The same lines as an async iterable of objects of their own (callers may keep them). */
export async function* streamCompanyLines(
  client: pg.PoolClient,
  companyId: string,
): AsyncGenerator<FeatureLine> {
  const reader = new CopyBinaryLineReader();
  const batch: FeatureLine[] = [];
  const keep = (line: FeatureLine) => batch.push({ ...line });
  for await (const chunk of copyLinesOut(client, companyId)) {
    reader.push(chunk as Buffer, keep);
    yield* batch;
    batch.length = 0;
  }
  reader.end();
}

function copyLinesOut(client: pg.PoolClient, companyId: string): AsyncIterable<unknown> {
  // COPY takes no parameters: the id is checked to be a uuid before it is written in.
  if (!UUID.test(companyId)) throw new Error(`not a company id: ${companyId}`);
  return client.query(
    copyTo(
      `copy (select ${LINE_COLUMNS} from sale_lines where company_id = '${companyId}') to stdout (format binary)`,
    ),
  );
}

/**
 * Parses `COPY … TO STDOUT (FORMAT binary)` output of LINE_COLUMNS into FeatureLines. Chunks
 * may end anywhere: an incomplete row waits for the next chunk. Text fields come from
 * `TextFields`, which hands out the same string object for the same bytes.
 */
export class CopyBinaryLineReader {
  lines = 0;
  private rest: Buffer | null = null;
  private headerRead = false;
  private finished = false;
  private readonly texts = new TextFields(FIELDS);
  private readonly line: FeatureLine = {
    soldAt: 0,
    transId: '',
    productId: '',
    quantity: 0,
    priceTotal: 0,
    costTotal: null,
    discountTotal: null,
    customerId: null,
    category: null,
    location: null,
    description: null,
    unitType: null,
  };

  push(chunk: Buffer, visit: (line: FeatureLine) => void): void {
    const data = this.rest === null ? chunk : Buffer.concat([this.rest, chunk]);
    this.rest = null;
    let at = 0;
    if (!this.headerRead) {
      if (data.length < SIGNATURE_LENGTH + 8) {
        this.rest = data;
        return;
      }
      at = SIGNATURE_LENGTH + 8 + data.readInt32BE(SIGNATURE_LENGTH + 4);
      this.headerRead = true;
    }
    while (at + 2 <= data.length) {
      const count = data.readInt16BE(at);
      if (count === -1) {
        this.finished = true;
        return;
      }
      if (count !== FIELDS) throw new Error(`COPY row with ${count} fields, expected ${FIELDS}`);
      const end = rowEnd(data, at + 2);
      if (end < 0) break;
      this.readRow(data, at + 2);
      this.lines++;
      visit(this.line);
      at = end;
    }
    if (at < data.length) this.rest = data.subarray(at);
  }

  /** COPY output ends with its trailer: anything else means a cut stream. */
  end(): void {
    if (!this.finished || this.rest !== null) throw new Error('COPY output ended in the middle of a row');
  }

  private readRow(data: Buffer, at: number): void {
    const line = this.line;
    const texts = this.texts;
    line.soldAt = epochMs(data, at + 4);
    at += 12;
    line.transId = texts.read(data, at, 1) as string;
    at = texts.end;
    line.productId = texts.read(data, at, 2) as string;
    at = texts.end;
    line.quantity = numericValue(data, at + 4);
    at += 4 + data.readInt32BE(at);
    line.priceTotal = numericValue(data, at + 4);
    at += 4 + data.readInt32BE(at);
    let length = data.readInt32BE(at);
    line.costTotal = length < 0 ? null : numericValue(data, at + 4);
    at += 4 + Math.max(length, 0);
    length = data.readInt32BE(at);
    line.discountTotal = length < 0 ? null : numericValue(data, at + 4);
    at += 4 + Math.max(length, 0);
    line.customerId = texts.read(data, at, 7);
    line.category = texts.read(data, texts.end, 8);
    line.location = texts.read(data, texts.end, 9);
    line.description = texts.read(data, texts.end, 10);
    line.unitType = texts.read(data, texts.end, 11);
  }
}

/** Where the row whose fields start at `at` ends, or −1 when it is not all in `data`. */
function rowEnd(data: Buffer, at: number): number {
  for (let field = 0; field < FIELDS; field++) {
    if (at + 4 > data.length) return -1;
    const length = data.readInt32BE(at);
    at += 4 + (length > 0 ? length : 0);
  }
  return at <= data.length ? at : -1;
}

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

/**
 * A binary numeric (ndigits, weight, sign, dscale, base-10000 digits) as `Number(its text)`:
 * the digits make an exact integer n, and n / 10^dscale is the correctly rounded double of the
 * decimal, as parsing the text is. Beyond 2^53 the text is built and parsed.
 */
export function numericValue(data: Buffer, at: number): number {
  const digits = data.readInt16BE(at);
  const weight = data.readInt16BE(at + 2);
  const sign = data.readUInt16BE(at + 4);
  const scale = data.readInt16BE(at + 6);
  if (sign === 0xc000) return Number.NaN;
  if (sign === 0xd000) return Number.POSITIVE_INFINITY;
  if (sign === 0xf000) return Number.NEGATIVE_INFINITY;
  let n = 0;
  for (let i = 0; i < digits; i++) {
    // Digit i is worth 10000^(weight − i), that is 10^exponent once scaled by 10^dscale.
    const exponent = 4 * (weight - i) + scale;
    const digit = data.readInt16BE(at + 8 + 2 * i);
    // Below 10^0 only zeros remain (a numeric holds no digit beyond its dscale).
    n += exponent >= 0 ? digit * 10 ** exponent : Math.trunc(digit / 10 ** -exponent);
  }
  if (n >= 2 ** 53 || scale > 22) return Number(numericText(data, at, digits, weight, sign));
  const value = n / 10 ** scale;
  return sign === 0x4000 ? -value : value;
}

function numericText(data: Buffer, at: number, digits: number, weight: number, sign: number) {
  let text = '';
  for (let i = 0; i < digits; i++) text += String(data.readInt16BE(at + 8 + 2 * i)).padStart(4, '0');
  // text holds digits × 4 decimal digits, the first worth 10^(4 × weight + 3).
  return `${sign === 0x4000 ? '-' : ''}${text || '0'}e${4 * (weight - digits + 1)}`;
}

/**
 * Text fields of COPY rows as strings. A field with the bytes of the same field of the row
 * before (a ticket's lines repeat its id, customer, branch…) gets that row's string object: no
 * new string to build, and the engine's identity checks hit.
 */
class TextFields {
  /** After `read`: where the field ended. */
  end = 0;
  private readonly last: (string | null)[];
  private readonly lastBytes: Uint8Array[];
  private readonly lastLength: Int32Array;

  constructor(fields: number) {
    this.last = new Array(fields).fill(null);
    this.lastBytes = Array.from({ length: fields }, () => new Uint8Array(64));
    this.lastLength = new Int32Array(fields).fill(-1);
  }

  read(data: Buffer, at: number, field: number): string | null {
    const length = data.readInt32BE(at);
    const start = at + 4;
    if (length < 0) {
      this.end = start;
      this.lastLength[field] = -1;
      return null;
    }
    const end = start + length;
    this.end = end;
    let kept = this.lastBytes[field] as Uint8Array;
    if (this.lastLength[field] === length) {
      let same = true;
      for (let i = 0; i < length; i++) {
        if (kept[i] !== data[start + i]) {
          same = false;
          break;
        }
      }
      if (same) return this.last[field] as string;
    }
    const text = data.toString('utf8', start, end);
    if (length > kept.length) {
      kept = new Uint8Array(Math.max(length, kept.length * 2));
      this.lastBytes[field] = kept;
    }
    for (let i = 0; i < length; i++) kept[i] = data[start + i] as number;
    this.lastLength[field] = length;
    this.last[field] = text;
    return text;
  }
}
