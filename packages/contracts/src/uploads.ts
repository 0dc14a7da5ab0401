import { z } from 'zod';
import { companyIdParamsSchema } from './companies';
import { metaSchema } from './errors';

/** The GabeDA canonical fields a source column can feed (see the engine's ingest types). */
export const CANONICAL_FIELDS = [
  'in_dt',
  'in_trans_id',
  'in_product_id',
  'in_quantity',
  'in_price_total',
  'in_trans_type',
  'in_customer_id',
  'in_description',
  'in_category',
  'in_unit_type',
  'in_stock',
  'in_location',
  'in_document_type',
  'in_price_unit',
  'in_cost_unit',
  'in_cost_total',
  'in_discount_total',
  'in_margin',
  'in_commission',
  'in_seller',
  'in_payment_method',
] as const;
export const canonicalFieldSchema = z.enum(CANONICAL_FIELDS);

export const UPLOAD_STATUSES = [
  'queued',
  'validating',
  'importing',
  'aggregating',
  'completed',
  'failed',
  'cancelled',
  'deleted',
] as const;
export const uploadStatusSchema = z.enum(UPLOAD_STATUSES);
export type UploadStatus = z.infer<typeof uploadStatusSchema>;
/** Statuses after which nothing more happens to the upload's import. */
export const FINISHED_UPLOAD_STATUSES: readonly UploadStatus[] = [
  'completed',
  'failed',
  'cancelled',
  'deleted',
];

export const uploadModeSchema = z.enum(['append', 'replace']);

/** A column's explicit mapping: which field it feeds and, optionally, how its values are written. */
export const columnMappingSchema = z.object({
  field: canonicalFieldSchema.nullable(),
  number: z
    .object({
      decimal: z.enum(['.', ',']).optional(),
      thousands: z.enum(['.', ',', "'", '']).optional(),
    })
    .optional(),
  date: z.object({ order: z.enum(['dmy', 'mdy', 'ymd']).optional() }).optional(),
});
/** Keys are the file's header names. */
export const mappingSpecSchema = z.record(z.string().min(1).max(200), columnMappingSchema);
export type MappingSpecInput = z.infer<typeof mappingSpecSchema>;

export const uploadRowsSchema = z.object({
  total: z.number().int(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  warnings: z.number().int(),
  skipped: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  deleted: z.number().int(),
});
export type UploadRows = z.infer<typeof uploadRowsSchema>;

export const issueMessageSchema = z.object({
  code: z.string(),
  message_es: z.string(),
  message_en: z.string(),
});

export const detectedColumnSchema = z.object({
  index: z.number().int(),
  name: z.string(),
  field: canonicalFieldSchema.nullable(),
  confidence: z.number(),
  type: z.enum(['date', 'number', 'text', 'empty']),
  number: z
    .object({
      decimal: z.string(),
      thousands: z.string(),
      currency: z.string().nullable(),
      percent: z.boolean(),
    })
    .nullable(),
  date: z.object({ kind: z.string(), order: z.string(), pattern: z.string() }).nullable(),
});

export const uploadDetectedSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  compressed: z.boolean(),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  header_line: z.number().int(),
  columns: z.array(detectedColumnSchema),
  warnings: z.array(issueMessageSchema),
  template: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type UploadDetected = z.infer<typeof uploadDetectedSchema>;

export const uploadSchema = z.object({
  id: z.uuid(),
  company_id: z.uuid(),
  filename: z.string(),
  size_bytes: z.number().int(),
  status: uploadStatusSchema,
  progress: z.number().int().min(0).max(100),
  mode: uploadModeSchema,
  location: z.string().nullable(),
  lines_processed: z.number().int(),
  lines_total: z.number().int().nullable(),
  created_at: z.string(),
  started_at: z.string().nullable(),
  finished_at: z.string().nullable(),
  rows: uploadRowsSchema,
  detected: uploadDetectedSchema.nullable(),
  error: z.object({ code: z.string(), message: z.string(), message_es: z.string().optional() }).optional(),
});
export type Upload = z.infer<typeof uploadSchema>;

export const uploadAcceptedSchema = z.object({
  id: z.uuid(),
  status: uploadStatusSchema,
  status_url: z.string(),
});

export const uploadIdParamsSchema = z.object({ uploadId: z.uuid() });
export const companyUploadsParamsSchema = companyIdParamsSchema;

export const previewRowSchema = z.object({
  line: z.number().int(),
  outcome: z.enum(['accepted', 'rejected', 'skipped']),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  issues: z.array(issueMessageSchema.extend({ column: z.string().nullable(), severity: z.string() })),
});

export const uploadPreviewSchema = z.object({
  detected: uploadDetectedSchema,
  rows: z.array(previewRowSchema),
});
export type UploadPreview = z.infer<typeof uploadPreviewSchema>;

export const periodChangeSchema = z.object({
  action: z.enum(['upload', 'delete']),
  period_type: z.enum(['day', 'week', 'month', 'quarter', 'year']),
  period_start: z.string(),
  lines_before: z.number().int(),
  lines_after: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  deleted: z.number().int(),
});
export type PeriodChange = z.infer<typeof periodChangeSchema>;

/**
 * An upload's lines by reason code: accepted lines with a warning and skipped lines (totals,
 * repeated headers) from `/warnings`, rejected lines from `/rejections`. How many lines, and
 * the first few as examples. `lines` is exact; `listed` is how many of them the CSV download
 * lists (warnings are kept up to a sample per code, skipped and rejected lines all).
 */
export const uploadNoteSchema = z.object({
  severity: z.enum(['warning', 'skipped', 'rejected']),
  code: z.string(),
  lines: z.number().int(),
  listed: z.number().int(),
  examples: z.array(
    z.object({
      line: z.number().int(),
      column: z.string().nullable(),
      message_es: z.string(),
      message_en: z.string(),
      /** The line as the file had it (rejected and skipped lines; null for warnings). */
      original_text: z.string().nullable(),
    }),
  ),
});
export type UploadNote = z.infer<typeof uploadNoteSchema>;

// ------------------------------------------------------------ intermediate files

/** Names of an upload's files: `<level>.csv` for each engine level, and `levels.xlsx`. */
export const UPLOAD_FILE_NAME = /^[a-z][a-z_]{0,40}\.(csv|xlsx)$/;
export const uploadFileParamsSchema = uploadIdParamsSchema.extend({
  name: z.string().regex(UPLOAD_FILE_NAME, 'a file name such as month.csv or levels.xlsx'),
});

/** One stored file of an upload: a level as CSV, or the workbook of every level. */
export const uploadFileSchema = z.object({
  name: z.string(),
  /** The engine level (`month`, `product_day`, ...); null for the workbook of every level. */
  level: z.string().nullable(),
  content_type: z.string(),
  size_bytes: z.number().int(),
  /** Data rows (header excluded); for the workbook, the sum over its sheets. */
  rows: z.number().int(),
  ready: z.literal(true),
  download_url: z.string(),
});
export type UploadFile = z.infer<typeof uploadFileSchema>;

/**
 * `building`: the files are being written (those listed are ready); `ready`: all of them are;
 * `failed`: building them failed for good; `none`: no files will come (the upload did not
 * complete, was deleted, or completed before files were built).
 */
export const uploadFilesStatusSchema = z.enum(['building', 'ready', 'failed', 'none']);
export type UploadFilesStatus = z.infer<typeof uploadFilesStatusSchema>;

export const uploadFilesMetaSchema = metaSchema.extend({
  status: uploadFilesStatusSchema,
  /** How many files the upload will have once `ready`. */
  expected: z.number().int(),
});

export const uploadFilesListSchema = z.object({
  data: z.array(uploadFileSchema),
  meta: uploadFilesMetaSchema,
});

// ------------------------------------------------------------ mapping templates

export const mappingTemplateSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  headers: z.array(z.string()),
  mapping: mappingSpecSchema,
  created_at: z.string(),
  updated_at: z.string(),
});
export type MappingTemplate = z.infer<typeof mappingTemplateSchema>;

export const mappingTemplateInputSchema = z.object({
  name: z.string().trim().min(1).max(120),
  headers: z.array(z.string().max(200)).min(1).max(500),
  mapping: mappingSpecSchema,
});
export const updateMappingTemplateSchema = mappingTemplateInputSchema
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });
export const mappingTemplateParamsSchema = companyIdParamsSchema.extend({ templateId: z.uuid() });
