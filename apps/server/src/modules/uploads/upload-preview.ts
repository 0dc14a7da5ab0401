import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { UploadPreview } from '@ayni/contracts';
import { type CanonicalLine, LineNormalizer, type MappingSpec } from '@ayni/engine';
import type { Multipart } from '@fastify/multipart';
import { AppError } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import { asIngestError } from './import/ingest-error';
import { profileFile } from './import/profile-file';
import { resolveMapping } from './import/resolve-mapping';
import { readSource } from './import/source-records';
import { readUploadForm } from './upload-form';
import { detectedView } from './upload-view';

/** Records the preview profiles: enough evidence for formats, quick on a 100 MB file. */
const PREVIEW_RECORDS = 50_000;
const PREVIEW_ROWS = 20;

/**
 * Detects everything about a file without importing it: encoding, delimiter, header, each
 * column's field and format, and the first 20 lines parsed exactly as the import will.
 */
export async function previewUpload(
  ctx: ServiceContext,
  deps: { uploadMaxBytes: number; clock: () => number },
  parts: AsyncIterableIterator<Multipart>,
): Promise<UploadPreview> {
  authorize(ctx, 'upload_data');
  const dir = await mkdtemp(join(tmpdir(), 'ayni-preview-'));
  const path = join(dir, 'file');
  try {
    const form = await readUploadForm(parts, {
      limit: deps.uploadMaxBytes,
      store: async (file: Readable) => {
        await pipeline(file, createWriteStream(path));
        return { size: (await stat(path)).size };
      },
      discard: async () => {},
    });
    const open = async () => createReadStream(path);
    const upload = {
      companyId: ctx.companyId,
      mapping: form.mapping,
      templateId: form.templateId,
      sheet: form.sheet,
    };
    const mapping = await resolveMapping(ctx.db, upload, open);
    const profile = await profileFile({
      open,
      sheet: form.sheet,
      mapping: (mapping.spec as MappingSpec | null) ?? undefined,
      maxRecords: PREVIEW_RECORDS,
    });
    const detection = profile.detection;
    const reading = await readSource(await open(), {
      sheet: form.sheet,
      encoding: profile.format.encoding ?? undefined,
      delimiter: profile.format.delimiter ?? undefined,
    });
    const normalizer = new LineNormalizer(detection, { now: deps.clock() });
    const rows: UploadPreview['rows'] = [];
    for await (const record of reading.records) {
      if (record.line <= detection.headerLine) continue;
      const outcome = normalizer.normalize(record);
      const values: Record<string, string | number | boolean | null> = {};
      if (outcome.kind === 'accepted') Object.assign(values, lineValues(outcome.line));
      else for (const c of detection.columns) values[c.name] = record.cells[c.index] ?? null;
      const issues = outcome.kind === 'accepted' ? outcome.warnings : outcome.issues;
      rows.push({
        line: record.line,
        outcome: outcome.kind,
        values,
        issues: issues.map((i) => ({ ...i, column: i.column, severity: i.severity })),
      });
      if (rows.length >= PREVIEW_ROWS) break;
    }
    return { detected: detectedView(profile.format, detection, mapping.template), rows };
  } catch (err) {
    const ingest = asIngestError(err);
    if (ingest)
      throw new AppError('UNPROCESSABLE', ingest.messageEn, {
        messageEs: ingest.messageEs,
        details: [{ field: 'file', message: ingest.code }],
      });
    throw err;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A canonical line as `in_*` fields, dates in ISO (UTC). */
function lineValues(line: CanonicalLine): Record<string, string | number | boolean | null> {
  return {
    in_dt: new Date(line.soldAt).toISOString(),
    in_trans_id: line.transId,
    in_product_id: line.productId,
    in_quantity: line.quantity,
    in_price_total: line.priceTotal,
    in_price_unit: line.priceUnit,
    is_return: line.isReturn,
    in_trans_type: line.transType,
    in_document_type: line.documentType,
    in_customer_id: line.customerId,
    in_description: line.description,
    in_category: line.category,
    in_unit_type: line.unitType,
    in_stock: line.stock,
    in_location: line.location,
    in_cost_unit: line.costUnit,
    in_cost_total: line.costTotal,
    in_discount_total: line.discountTotal,
    in_commission: line.commission,
    in_margin: line.margin,
    in_seller: line.seller,
    in_payment_method: line.paymentMethod,
  };
}
