import { StringDecoder } from 'node:string_decoder';
import type { FeatureLine } from '@ayni/engine';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { CopyTextReader } from '../../lib/copy-text-reader';

// COPY out is the fastest way to read a million rows: no per-row protocol messages, no
// per-row JavaScript objects built by the driver.
const LINE_COLUMNS = `(extract(epoch from sold_at) * 1000)::bigint, document_id, sku, quantity, total,
  cost_total, discount_total, customer_id, category, location_name, product_name, unit`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const num = (text: string | null): number | null => (text === null ? null : Number(text));

/**
 * Streams the company's stored lines (as they are in `client`'s transaction) in the shape the
 * feature engine reads. RLS applies: `client` must be in the company's scope.
 */
export async function* streamCompanyLines(
  client: pg.PoolClient,
  companyId: string,
): AsyncGenerator<FeatureLine> {
  // COPY takes no parameters: the id is checked to be a uuid before it is written in.
  if (!UUID.test(companyId)) throw new Error(`not a company id: ${companyId}`);
  const stream = client.query(
    copyTo(`copy (select ${LINE_COLUMNS} from sale_lines where company_id = '${companyId}') to stdout`),
  );
  const decoder = new StringDecoder('utf8');
  const reader = new CopyTextReader();
  for await (const chunk of stream) {
    for (const row of reader.push(decoder.write(chunk as Buffer))) yield toLine(row);
  }
  for (const row of reader.push(decoder.end())) yield toLine(row);
  reader.end();
}

function toLine(row: (string | null)[]): FeatureLine {
  return {
    soldAt: Number(row[0]),
    transId: row[1] as string,
    productId: row[2] as string,
    quantity: Number(row[3]),
    priceTotal: Number(row[4]),
    costTotal: num(row[5] ?? null),
    discountTotal: num(row[6] ?? null),
    customerId: row[7] ?? null,
    category: row[8] ?? null,
    location: row[9] ?? null,
    description: row[10] ?? null,
    unitType: row[11] ?? null,
  };
}
