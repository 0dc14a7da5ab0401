import path from 'node:path';
import { buildFeatureStreams, type CanonicalLine, createFeatureAccumulator } from '@ayni/engine';
import { STAGE_COLUMNS } from '../modules/uploads/import/staging';
import { CsvFileWriter, writeCsvFile } from './csv-file';

// The stage's columns: lines.csv holds what an import would store (less the warning flag).
const LINE_COLUMNS = STAGE_COLUMNS.filter((column) => column !== 'warned');

/**
 * Feeds the accepted lines to the feature engine while writing them to `lines.csv`, then writes
 * one CSV per level (GabeDA's intermediate files). Returns the file names written.
 */
export async function writeLevelFiles(
  lines: AsyncIterable<CanonicalLine>,
  outDir: string,
): Promise<string[]> {
  const accumulator = createFeatureAccumulator();
  const lineFile = new CsvFileWriter(path.join(outDir, 'lines.csv'), LINE_COLUMNS);
  try {
    for await (const line of lines) {
      accumulator.add(line);
      await lineFile.write({
        source_line: line.sourceLine,
        sold_at: new Date(line.soldAt).toISOString(),
        trans_id: line.transId,
        product_id: line.productId,
        quantity: line.quantity,
        price_total: line.priceTotal,
        price_unit: line.priceUnit,
        is_return: line.isReturn,
        trans_type: line.transType,
        document_type: line.documentType,
        customer_id: line.customerId,
        description: line.description,
        category: line.category,
        unit_type: line.unitType,
        stock: line.stock,
        location: line.location,
        cost_unit: line.costUnit,
        cost_total: line.costTotal,
        discount_total: line.discountTotal,
        margin: line.margin,
        commission: line.commission,
        seller: line.seller,
        payment_method: line.paymentMethod,
        extra: Object.keys(line.extra).length > 0 ? line.extra : null,
      });
    }
  } finally {
    await lineFile.close();
  }
  // Big levels are streamed: each file is written as its rows are built.
  const result = buildFeatureStreams(accumulator);
  const files = ['lines.csv'];
  for (const [level, rows] of Object.entries(result.levels)) {
    const file = `${level}.csv`;
    await writeCsvFile(path.join(outDir, file), rows as Iterable<Record<string, unknown>>);
    files.push(file);
  }
  return files;
}
