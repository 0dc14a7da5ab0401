import { blankFeatureLine, type FeatureLine } from '@ayni/engine';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { epochMs, numericValue, TextFields } from './copy-binary';

// Binary COPY out of the stored columns as they are: no per-row protocol messages, no text to
// build in PostgreSQL nor to decode, split and parse here (casting in SQL cost PostgreSQL more
// than the parsing saves). The instants and amounts are converted exactly as the text was read
// (see `epochMs` and `numericValue`).
const LINE_COLUMNS = `sold_at, document_id, sku, quantity, total, cost_total, discount_total, commission,
  customer_id, category, location_name, product_name, unit`;
const FIELDS = 13;
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
  // sku, category, branch, product name and unit have few distinct values.
  private readonly texts = new TextFields(FIELDS, [2, 9, 10, 11, 12]);
  private readonly line: FeatureLine = blankFeatureLine();

  push(chunk: Buffer, visit: (line: FeatureLine) => void): void {
    let at = 0;
    let rest = this.rest;
    this.rest = null;
    // A row cut by the previous chunk is completed with as few bytes of this one as it takes
    // (copying whole chunks together cost more than the parsing).
    for (let used = 0; rest !== null; ) {
      const take = Math.min(chunk.length, used + Math.max(1024, 2 * rest.length));
      const joined = Buffer.concat([rest, chunk.subarray(used, take)]);
      const stop = this.parse(joined, 0, visit);
      if (this.finished) return;
      if (stop >= rest.length) at = used + stop - rest.length;
      else if (take === chunk.length) this.rest = joined.subarray(stop);
      else used = take;
      rest = stop >= rest.length || take === chunk.length ? null : joined.subarray(stop);
    }
    if (this.rest !== null) return;
    const stop = this.parse(chunk, at, visit);
    if (stop < chunk.length && !this.finished) this.rest = chunk.subarray(stop);
  }

  /** Reads the complete rows of `data` from `at`; returns where the first incomplete one starts. */
  private parse(data: Buffer, at: number, visit: (line: FeatureLine) => void): number {
    if (!this.headerRead) {
      if (data.length - at < SIGNATURE_LENGTH + 8) return at;
      const header = SIGNATURE_LENGTH + 8 + data.readInt32BE(at + SIGNATURE_LENGTH + 4);
      if (data.length - at < header) return at;
      at += header;
      this.headerRead = true;
    }
    while (at + 2 <= data.length) {
      const count = data.readInt16BE(at);
      if (count === -1) {
        this.finished = true;
        return at + 2;
      }
      if (count !== FIELDS) throw new Error(`COPY row with ${count} fields, expected ${FIELDS}`);
      const end = rowEnd(data, at + 2);
      if (end < 0) break;
      this.readRow(data, at + 2);
      this.lines++;
      visit(this.line);
      at = end;
    }
    return at;
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
    length = data.readInt32BE(at);
    line.commission = length < 0 ? null : numericValue(data, at + 4);
    at += 4 + Math.max(length, 0);
    line.customerId = texts.read(data, at, 8);
    line.category = texts.read(data, texts.end, 9);
    line.location = texts.read(data, texts.end, 10);
    line.description = texts.read(data, texts.end, 11);
    line.unitType = texts.read(data, texts.end, 12);
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
