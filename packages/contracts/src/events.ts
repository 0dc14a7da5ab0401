import { z } from 'zod';
import { uploadRowsSchema, uploadStatusSchema } from './uploads';

/** Fields every upload event carries: polling `GET /uploads/{id}` shows the same state. */
const uploadEventFields = {
  company_id: z.uuid(),
  upload_id: z.uuid(),
  status: uploadStatusSchema,
  progress: z.number().int(),
  lines_processed: z.number().int(),
  lines_total: z.number().int().nullable(),
  rows: uploadRowsSchema.nullable(),
  at: z.string(),
};

/** Events pushed to browsers over the WebSocket, scoped to one company. */
export const appEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('job.completed'),
    company_id: z.uuid(),
    job_id: z.string(),
    name: z.string(),
    at: z.string(),
  }),
  z.object({
    type: z.literal('job.failed'),
    company_id: z.uuid(),
    job_id: z.string(),
    name: z.string(),
    error: z.string(),
    at: z.string(),
  }),
  z.object({ type: z.literal('upload.started'), ...uploadEventFields }),
  z.object({ type: z.literal('upload.progress'), ...uploadEventFields }),
  z.object({ type: z.literal('upload.completed'), ...uploadEventFields }),
  z.object({
    type: z.literal('upload.failed'),
    ...uploadEventFields,
    /** `message` in English, `message_es` in Spanish (as on the upload itself). */
    error: z.object({ code: z.string(), message: z.string(), message_es: z.string() }),
  }),
  z.object({ type: z.literal('upload.cancelled'), ...uploadEventFields }),
  /** The company's figures changed: first and last affected day (company time zone). */
  z.object({
    type: z.literal('analytics.updated'),
    company_id: z.uuid(),
    upload_id: z.uuid().nullable(),
    status: uploadStatusSchema.nullable(),
    rows: uploadRowsSchema.nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    at: z.string(),
  }),
  /** Report progress while a PDF report is built (like uploads). */
  z.object({
    type: z.literal('report.progress'),
    company_id: z.uuid(),
    report_id: z.uuid(),
    progress: z.number().int().min(0).max(100),
    at: z.string(),
  }),
  /** A PDF report is ready to download. */
  z.object({
    type: z.literal('report.ready'),
    company_id: z.uuid(),
    report_id: z.uuid(),
    role: z.string(),
    period: z.string(),
    language: z.string(),
    download_url: z.string(),
    at: z.string(),
  }),
  z.object({
    type: z.literal('report.failed'),
    company_id: z.uuid(),
    report_id: z.uuid(),
    error: z.object({ code: z.string(), message: z.string(), message_es: z.string() }),
    at: z.string(),
  }),
]);

/** Events a company can subscribe webhooks to. */
export const WEBHOOK_EVENT_TYPES = [
  'upload.completed',
  'upload.failed',
  'analytics.updated',
  'report.ready',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export type AppEvent = z.infer<typeof appEventSchema>;
