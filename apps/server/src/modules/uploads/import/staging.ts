import { once } from 'node:events';
import type { CanonicalLine } from '@ayni/engine';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { CopyChunks, copyText, copyValue, IsoTimestamps } from '../../../lib/copy-text';

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
  private readonly chunks = new CopyChunks();
  private readonly timestamps = new IsoTimestamps();
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
    this.count++;
    // One template per row, columns in STAGE_COLUMNS order; texts escaped, numbers as String().
    const row =
      `${line.sourceLine}\t${this.timestamps.format(line.soldAt)}\t${copyText(line.transId)}\t` +
      `${copyText(line.productId)}\t${copyValue(line.quantity)}\t${copyValue(line.priceTotal)}\t` +
      `${copyValue(line.priceUnit)}\t${line.isReturn ? 't' : 'f'}\t${copyValue(line.transType)}\t` +
      `${copyValue(line.documentType)}\t${copyValue(line.customerId)}\t${copyValue(line.description)}\t` +
      `${copyValue(line.category)}\t${copyValue(line.unitType)}\t${copyValue(line.stock)}\t` +
      `${copyValue(line.location ?? this.defaultLocation)}\t${copyValue(line.costUnit)}\t` +
      `${copyValue(line.costTotal)}\t${copyValue(line.discountTotal)}\t${copyValue(line.margin)}\t` +
      `${extraText(line.extra)}\t${warned ? 't' : 'f'}\n`;
    return this.chunks.append(row);
  }

  async flush(): Promise<void> {
    let ok = true;
    for (const chunk of this.chunks.take()) ok = this.stream.write(chunk);
    if (!ok) await once(this.stream, 'drain');
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

/** The unmapped columns as jsonb text, or null when there are none. */
function extraText(extra: Record<string, string>): string {
  for (const _key in extra) {
    // jsonb refuses \u0000 as PostgreSQL text refuses NUL: both become U+FFFD.
    return copyText(JSON.stringify(extra).replaceAll('\\u0000', '\\ufffd'));
  }
  return '\\N';
}
