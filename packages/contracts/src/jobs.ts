import { z } from 'zod';

/** Payload of every background job. Jobs carry the company id and re-read everything by it. */
export const jobPayloadSchemas = {
  'analytics.refresh': z.object({ companyId: z.uuid() }),
  /** Platform sweep: hard-deletes every soft-deleted company whose grace period is over. */
  'companies.purge': z.object({}),
  /** Platform: recomputes the anonymous industry benchmarks of every grain and period. */
  'benchmarks.compute': z.object({}),
  /** Platform: refreshes the macro series (UF, dólar, IPC…) from their sources; daily by default. */
  'macro.refresh': z.object({}),
  /** Imports the company's queued uploads, oldest first (one company at a time, in order). */
  'uploads.process': z.object({ companyId: z.uuid(), uploadId: z.uuid() }),
  /**
   * After an import commits: every feature level of the company's lines as CSV, plus one XLSX
   * workbook with a sheet per level, stored and listed under the upload (GabeDA's files).
   */
  'uploads.files': z.object({ companyId: z.uuid(), uploadId: z.uuid() }),
  /** Renders one requested PDF report (reports row) and stores it. */
  'reports.build': z.object({ companyId: z.uuid(), reportId: z.uuid() }),
  /** Platform sweep: builds and e-mails the scheduled reports that are due. */
  'reports.schedule': z.object({}),
  /**
   * Platform sweep: imports again the companies whose uploads were left unfinished with no import
   * running (a job lost with Redis, or failed for good while the database was down).
   */
  'uploads.resume': z.object({}),
  /** Platform sweep: deletes the throwaway demo visitors (and anything they created) after 24 hours. */
  'demo.purge-visitors': z.object({}),
  /** Platform sweep: deletes stored original files older than RAW_FILE_RETENTION_DAYS. */
  'uploads.purge-raw': z.object({}),
  /** Sends one webhook delivery (first attempt or a scheduled retry); see docs/webhooks.md. */
  'webhooks.deliver': z.object({ companyId: z.uuid(), deliveryId: z.uuid() }),
} as const;

export type JobName = keyof typeof jobPayloadSchemas;
export type JobPayload<N extends JobName> = z.infer<(typeof jobPayloadSchemas)[N]>;
export const JOB_NAMES = Object.keys(jobPayloadSchemas) as JobName[];

export const jobRefSchema = z.object({ job_id: z.string(), name: z.string() });
export type JobRef = z.infer<typeof jobRefSchema>;
