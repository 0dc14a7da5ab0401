import { z } from 'zod';
import { companyIdParamsSchema } from './companies';
import { dashboardKindSchema } from './permissions';

/*
 * Executive PDF reports: requested on demand (a job builds them) or sent by e-mail on a
 * member's weekly/monthly schedule (docs/reports.md).
 */

export const REPORT_LANGUAGES = ['es', 'en'] as const;
export const reportLanguageSchema = z.enum(REPORT_LANGUAGES);
export type ReportLanguage = z.infer<typeof reportLanguageSchema>;

/** What a member may request; `week` is only produced by weekly schedules. */
export const REPORT_PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type ReportPeriodKind = (typeof REPORT_PERIOD_KINDS)[number] | 'week';

const PERIOD_PATTERN = {
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarter: /^\d{4}-Q[1-4]$/,
  year: /^\d{4}$/,
} as const;

export const createReportSchema = z
  .object({
    role: dashboardKindSchema,
    period_kind: z.enum(REPORT_PERIOD_KINDS),
    /** `2025-10`, `2025-Q4` or `2025`, matching `period_kind`. */
    period: z.string().max(10),
    language: reportLanguageSchema.default('es'),
  })
  .refine((body) => PERIOD_PATTERN[body.period_kind].test(body.period), {
    path: ['period'],
    message: 'expected e.g. 2025-10 (month), 2025-Q4 (quarter) or 2025 (year)',
  });
export type CreateReport = z.infer<typeof createReportSchema>;

export const REPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;

export const reportSchema = z.object({
  id: z.uuid(),
  role: dashboardKindSchema,
  period_kind: z.enum(['week', ...REPORT_PERIOD_KINDS]),
  period: z.string(),
  language: reportLanguageSchema,
  status: z.enum(REPORT_STATUSES),
  /** 0–100 while the job works. */
  progress: z.number().int(),
  pages: z.number().int().nullable(),
  size_bytes: z.number().int().nullable(),
  error: z.object({ code: z.string(), message: z.string(), message_es: z.string() }).nullable(),
  /** Set when a schedule produced it. */
  scheduled: z.boolean(),
  status_url: z.string(),
  /** Only when completed. */
  download_url: z.string().nullable(),
  created_at: z.string(),
  finished_at: z.string().nullable(),
});
export type Report = z.infer<typeof reportSchema>;

export const reportParamsSchema = companyIdParamsSchema.extend({ reportId: z.uuid() });

export const REPORT_FREQUENCIES = ['weekly', 'monthly'] as const;
export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number];

const scheduleEntrySchema = z.object({
  role: dashboardKindSchema,
  language: reportLanguageSchema,
});

/** The current member's schedules; null = not subscribed to that frequency. */
export const reportScheduleSchema = z.object({
  weekly: scheduleEntrySchema
    .extend({ next_run_at: z.string(), last_sent_at: z.string().nullable() })
    .nullable(),
  monthly: scheduleEntrySchema
    .extend({ next_run_at: z.string(), last_sent_at: z.string().nullable() })
    .nullable(),
});
export type ReportSchedule = z.infer<typeof reportScheduleSchema>;

/** PUT replaces both: a missing or null frequency is switched off. */
export const putReportScheduleSchema = z.object({
  weekly: scheduleEntrySchema.nullable().optional(),
  monthly: scheduleEntrySchema.nullable().optional(),
});
export type PutReportSchedule = z.infer<typeof putReportScheduleSchema>;

export const unsubscribeQuerySchema = z.object({ token: z.string().min(1).max(500) });
