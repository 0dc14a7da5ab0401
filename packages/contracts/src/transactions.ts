import { z } from 'zod';
import { uploadRowsSchema, uploadStatusSchema } from './uploads';

/** Push ingestion takes at most this many lines per call; larger batches are split by the caller. */
export const PUSH_MAX_LINES = 10_000;

/** A value as a POS sends it: numbers with `.` as decimal point (or as JSON numbers), dates ISO 8601. */
const pushValue = z.union([z.string().max(2000), z.number(), z.null()]).optional();

/**
 * One sale line in the canonical schema (the same fields a file's columns are mapped to).
 * Required per line: `in_dt`, `in_trans_id`, `in_product_id`, `in_quantity`, `in_price_total`
 * (missing ones are per-line rejections, exactly as in a file); unknown fields refuse the call.
 */
export const pushLineSchema = z
  .object({
    in_dt: pushValue,
    in_trans_id: pushValue,
    in_product_id: pushValue,
    in_quantity: pushValue,
    in_price_total: pushValue,
    in_trans_type: pushValue,
    in_customer_id: pushValue,
    in_description: pushValue,
    in_category: pushValue,
    in_unit_type: pushValue,
    in_stock: pushValue,
    in_location: pushValue,
    in_document_type: pushValue,
    in_price_unit: pushValue,
    in_cost_unit: pushValue,
    in_cost_total: pushValue,
    in_discount_total: pushValue,
    in_margin: pushValue,
    in_commission: pushValue,
    in_seller: pushValue,
    in_payment_method: pushValue,
  })
  .strict();
export type PushLine = z.infer<typeof pushLineSchema>;

export const pushTransactionsBodySchema = z.object({
  lines: z.array(pushLineSchema).min(1),
});
export type PushTransactionsBody = z.infer<typeof pushTransactionsBodySchema>;

/** A line the import refused (or skipped): `index` is its position in `lines`, from 0. */
export const pushRejectionSchema = z.object({
  index: z.number().int(),
  severity: z.enum(['rejected', 'skipped']),
  field: z.string().nullable(),
  code: z.string(),
  message_es: z.string(),
  message_en: z.string(),
});
export type PushRejection = z.infer<typeof pushRejectionSchema>;

/**
 * The result of a push. `completed`/`failed` when the import finished while the call waited
 * (the usual case); otherwise the upload is still queued behind others and `status_url` tells.
 */
export const pushResultSchema = z.object({
  upload_id: z.uuid(),
  status: uploadStatusSchema,
  status_url: z.string(),
  rows: uploadRowsSchema.nullable(),
  rejections: z.array(pushRejectionSchema),
  error: z.object({ code: z.string(), message_es: z.string(), message_en: z.string() }).nullable(),
});
export type PushResult = z.infer<typeof pushResultSchema>;
