import { once } from 'node:events';
import type { CanonicalLine } from '@ayni/engine';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyRow } from '../../../lib/copy-text';

/**
 * The file's accepted lines land first in a temporary table (COPY, the fastest way in), then
 * one set of SQL statements compares them with the company's lines. Dropped at commit.
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
  'extra',
  'warned',
] as const;

export async function createStage(client: pg.PoolClient): Promise<void> {
  // Types match sale_lines exactly, so rounding happens once and comparisons are exact.
  await client.query(`create temp table upload_stage (
    source_line int not null, sold_at timestamptz not null, trans_id text not null,
    product_id text not null, quantity numeric(14,3) not null, price_total numeric(16,2) not null,
    price_unit numeric(16,2) not null, is_return boolean not null, trans_type text,
    document_type text, customer_id text, description text, category text, unit_type text,
    stock numeric(16,3), location text, cost_unit numeric(16,2), cost_total numeric(16,2),
    discount_total numeric(16,2), margin numeric(16,2), extra jsonb, warned boolean not null
  ) on commit drop`);
}

/** Streams lines into `upload_stage` with backpressure; `finish()` ends the COPY. */
export class StageWriter {
  private readonly stream;
  private pending = '';
  count = 0;

  constructor(
    client: pg.PoolClient,
    readonly defaultLocation: string | null,
  ) {
    this.stream = client.query(copyFrom(`copy upload_stage (${STAGE_COLUMNS.join(', ')}) from stdin`));
    // After abort() PostgreSQL answers the cancelled COPY with an error: expected, not news.
    // While writing, `once(stream, 'drain' | 'finish')` still rejects on any error.
    this.stream.on('error', () => {});
  }

  /** Buffers one line; true when the buffer is full and `flush()` should be awaited. */
  write(line: CanonicalLine, warned: boolean): boolean {
    const extraKeys = Object.keys(line.extra);
    this.pending += copyRow([
      line.sourceLine,
      new Date(line.soldAt).toISOString(),
      line.transId,
      line.productId,
      line.quantity,
      line.priceTotal,
      line.priceUnit,
      line.isReturn,
      line.transType,
      line.documentType,
      line.customerId,
      line.description,
      line.category,
      line.unitType,
      line.stock,
      line.location ?? this.defaultLocation,
      line.costUnit,
      line.costTotal,
      line.discountTotal,
      line.margin,
      // jsonb refuses \u0000 as PostgreSQL text refuses NUL: both become U+FFFD.
      extraKeys.length > 0 ? JSON.stringify(line.extra).replaceAll('\\u0000', '\\ufffd') : null,
      warned,
    ]);
    this.count++;
    return this.pending.length >= 256 * 1024;
  }

  async flush(): Promise<void> {
    if (!this.pending) return;
    const chunk = this.pending;
    this.pending = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async finish(): Promise<void> {
    await this.flush();
    const done = once(this.stream, 'finish');
    this.stream.end();
    await done;
  }

  /** Abandons the COPY (the transaction is rolled back by the caller). */
  abort(): void {
    this.stream.destroy();
  }
}
