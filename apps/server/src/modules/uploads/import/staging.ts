import { once } from 'node:events';
import type { CanonicalLine } from '@ayni/engine';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { CopyBinaryRows } from '../../../lib/copy-binary-writer';
import { DocumentKeys } from './document-keys';
import { ProductPriceMedians } from './product-price-medians';
import { RepeatedPairs } from './repeated-pairs';
import type { StagedInserts } from './staged-inserts';

/**
 * The file's accepted lines land first in a temporary table (COPY, the fastest way in; binary,
 * so PostgreSQL parses no text), then one set of SQL statements compares them with the
 * company's lines. Dropped at commit.
 */
export const STAGE_COLUMNS = [
  'source_line',
  'sold_at',
  'trans_id',
  'product_id',
  'quantity',
  'price_total',
  'price_unit',
  'is_return',
  'trans_type',
  'document_type',
  'customer_id',
  'description',
  'category',
  'unit_type',
  'stock',
  'location',
  'cost_unit',
  'cost_total',
  'discount_total',
  'margin',
  'commission',
  'seller',
  'payment_method',
  'extra',
  'warned',
] as const;

/**
 * Stage-only columns: the natural key and position computed while streaming (`DocumentKeys`),
 * used by the merge only when the file's documents were contiguous.
 */
const STAGE_KEY_COLUMNS = ['occurrence', 'line_no'] as const;

const STAGE_FIELDS = STAGE_COLUMNS.length + STAGE_KEY_COLUMNS.length;

export async function createStage(client: pg.PoolClient): Promise<void> {
  // Types match sale_lines exactly, so rounding happens once and comparisons are exact.
  await client.query(`create temp table upload_stage (
    source_line int not null, sold_at timestamptz not null, trans_id text not null,
    product_id text not null, quantity numeric(14,3) not null, price_total numeric(16,2) not null,
    price_unit numeric(16,2) not null, is_return boolean not null, trans_type text,
    document_type text, customer_id text, description text, category text, unit_type text,
    stock numeric(16,3), location text, cost_unit numeric(16,2), cost_total numeric(16,2),
    discount_total numeric(16,2), margin numeric(16,2), commission numeric(16,2), seller text, payment_method text, extra jsonb,
    warned boolean not null,
    occurrence int, line_no int
  ) on commit drop`);
}

/**
 * What the stage writer tallies as the lines stream, so the file-wide warnings need fewer
 * passes over the stage. Without it they compute everything from the stage.
 */
export interface StageTallies {
  readonly priceMedians: ProductPriceMedians;
  readonly repeatedPairs: RepeatedPairs;
  /** Lines written with a warning of the engine. */
  readonly warnedLines: number;
}

/**
 * Buffered COPY data allowed while the connection is busy inserting staged lines. PostgreSQL
 * takes ~0.6 s to insert a 100k-line chunk, during which the file goes on being read: with
 * 8 MB the reading stopped to wait for most inserts, with 24 MB it rarely does (1M lines, six
 * alternating runs each: 1.5 s faster on average, the same peak).
 */
const MAX_BYTES_AHEAD = 24 * 2 ** 20;

/**
 * Streams lines into `upload_stage` with backpressure; `finish()` ends the COPY. With
 * `inserts` (a first import), the COPY is cut into chunks and each chunk is inserted into
 * `sale_lines` while the next one is parsed: PostgreSQL writes the lines while Node reads the
 * file, instead of after it.
 */
export class StageWriter implements StageTallies {
  private stream;
  private readonly chunks = new CopyBinaryRows();
  /** Occurrence and line number of each line, exact when the documents are contiguous. */
  readonly keys = new DocumentKeys();
  /** Each product's median unit price, for the file-wide PRICE_OUTLIER warning. */
  readonly priceMedians = new ProductPriceMedians();
  /** The pairs staged with `occurrence = 2`, for the file-wide DUPLICATE_LINE warning. */
  readonly repeatedPairs = new RepeatedPairs();
  count = 0;
  /** Lines written with a warning of the engine. */
  warnedLines = 0;
  private lastSourceLine = 0;

  constructor(
    private readonly client: pg.PoolClient,
    readonly defaultLocation: string | null,
    readonly inserts: StagedInserts | null = null,
  ) {
    this.stream = this.openCopy();
  }

  private openCopy() {
    const stream = this.client.query(
      copyFrom(
        `copy upload_stage (${[...STAGE_COLUMNS, ...STAGE_KEY_COLUMNS].join(', ')}) from stdin (format binary)`,
      ),
    );
    this.chunks.header();
    // After abort() PostgreSQL answers the cancelled COPY with an error: expected, not news.
    // While writing, `once(stream, 'drain' | 'finish')` still rejects on any error.
    stream.on('error', () => {});
    return stream;
  }

  /** Buffers one line; true when the buffer is full and `flush()` should be awaited. */
  write(line: CanonicalLine, warned: boolean): boolean {
    this.count++;
    this.lastSourceLine = line.sourceLine;
    if (warned) this.warnedLines++;
    this.priceMedians.add(line);
    // Columns in STAGE_COLUMNS order, then STAGE_KEY_COLUMNS; types as in `createStage`.
    const out = this.chunks;
    out.row(STAGE_FIELDS);
    out.int4(line.sourceLine);
    out.timestamptz(line.soldAt);
    out.text(line.transId);
    out.text(line.productId);
    out.numeric(line.quantity, 3);
    out.numeric(line.priceTotal, 2);
    out.numeric(line.priceUnit, 2);
    out.boolean(line.isReturn);
    out.text(line.transType);
    out.text(line.documentType);
    out.text(line.customerId);
    out.text(line.description);
    out.text(line.category);
    out.text(line.unitType);
    out.numeric(line.stock, 3);
    out.text(line.location ?? this.defaultLocation);
    out.numeric(line.costUnit, 2);
    out.numeric(line.costTotal, 2);
    out.numeric(line.discountTotal, 2);
    out.numeric(line.margin, 2);
    out.numeric(line.commission, 2);
    out.text(line.seller);
    out.text(line.paymentMethod);
    out.jsonb(extraJson(line.extra));
    out.boolean(warned);
    const keys = this.keys;
    keys.next(line.transId, line.productId);
    if (keys.trusted && keys.occurrence === 2) this.repeatedPairs.add(line.transId, line.productId);
    // Once untrusted the keys are not used: nulls keep the stage honest about it.
    out.int4(keys.trusted ? keys.occurrence : null);
    out.int4(keys.trusted ? keys.lineNo : null);
    // A chunk due for insertion is cut at once, however little data it holds.
    return out.full || (keys.trusted && this.inserts?.due(this.count) === true);
  }

  async flush(): Promise<void> {
    const inserts = this.inserts;
    const cut = inserts !== null && this.keys.trusted && inserts.due(this.count);
    if (cut) this.chunks.trailer();
    let ok = true;
    for (const chunk of this.chunks.take()) ok = this.stream.write(chunk);
    if (cut) {
      await this.endCopy();
      await inserts.insertStaged(this.count, this.lastSourceLine);
      this.stream = this.openCopy(); // queued behind the insert: the lines keep coming meanwhile
      return;
    }
    // While an insert runs, the next chunk waits in memory (up to a limit).
    if (!ok && !(inserts?.inserting && this.stream.writableLength < MAX_BYTES_AHEAD)) {
      await once(this.stream, 'drain');
    }
  }

  async finish(): Promise<void> {
    await this.flush();
    this.chunks.trailer();
    for (const chunk of this.chunks.take()) this.stream.write(chunk);
    await this.endCopy();
    await this.inserts?.settled();
  }

  private async endCopy(): Promise<void> {
    const done = once(this.stream, 'finish');
    this.stream.end();
    // A failed insert fails the COPY queued behind it: report the insert's own error.
    await done.catch(async (err) => {
      await this.inserts?.settled();
      throw err;
    });
  }

  /** Abandons the COPY (the transaction is rolled back by the caller). */
  abort(): void {
    this.stream.destroy();
  }
}

/** The unmapped columns as jsonb text, or null when there are none. */
function extraJson(extra: Record<string, string>): string | null {
  for (const _key in extra) {
    // jsonb refuses \u0000 as PostgreSQL text refuses NUL: both become U+FFFD.
    return JSON.stringify(extra).replaceAll('\\u0000', '\\ufffd');
  }
  return null;
}
