import { z } from 'zod';
import { companyIdParamsSchema } from './companies';
import { analyticsMetaSchema } from './metrics';
import { dashboardKindSchema } from './permissions';

/** The sections of a company's insights, each stored as one document after every import. */
export const INSIGHT_SECTIONS = [
  'products',
  'customers',
  'baskets',
  'operations',
  'trends',
  'anomalies',
  'alerts',
] as const;
export const insightSectionSchema = z.enum(INSIGHT_SECTIONS);
export type InsightSection = z.infer<typeof insightSectionSchema>;

export const INSIGHT_SEVERITIES = ['critical', 'warning', 'info'] as const;

const bilingualSchema = z.object({ es: z.string(), en: z.string() });

/** One observation or alert with the numbers behind it, in Spanish and English. */
export const insightSchema = z.object({
  id: z.string(),
  section: insightSectionSchema,
  severity: z.enum(INSIGHT_SEVERITIES),
  /** Importance within its severity, 0–100. */
  score: z.number(),
  /** The dashboards it is meant for. */
  audiences: z.array(dashboardKindSchema),
  title: bilingualSchema,
  detail: bilingualSchema,
  numbers: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});
export type InsightItem = z.infer<typeof insightSchema>;

/** A section's document as the engine wrote it (see docs/insights.md); null before any data. */
const sectionPayloadSchema = z.record(z.string(), z.unknown()).nullable();

export const insightsMetaSchema = analyticsMetaSchema.extend({
  /** When the insights were last computed (with the features, after an import). */
  computed_at: z.string().nullable(),
  /** The dashboard whose insights `top` ranks (`audience`, or the caller's role's). */
  audience: dashboardKindSchema,
});

export const insightsResponseSchema = z.object({
  data: z.object({
    /** Most important first (severity, then score), for the audience; at most 5. */
    top: z.array(insightSchema),
    sections: z.object({
      products: sectionPayloadSchema,
      customers: sectionPayloadSchema,
      baskets: sectionPayloadSchema,
      operations: sectionPayloadSchema,
      trends: sectionPayloadSchema,
      anomalies: sectionPayloadSchema,
      alerts: sectionPayloadSchema,
    }),
  }),
  meta: insightsMetaSchema,
});
export type InsightsResponse = z.infer<typeof insightsResponseSchema>;

export const insightsQuerySchema = z.object({
  /** Rank `top` for this dashboard instead of the caller's role's own. */
  audience: dashboardKindSchema.optional(),
});
export type InsightsQuery = z.infer<typeof insightsQuerySchema>;

export const insightSectionParamsSchema = companyIdParamsSchema.extend({ section: insightSectionSchema });

export const insightSectionResponseSchema = z.object({
  data: sectionPayloadSchema,
  meta: insightsMetaSchema.omit({ audience: true }),
});
export type InsightSectionResponse = z.infer<typeof insightSectionResponseSchema>;
