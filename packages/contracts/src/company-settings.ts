import { z } from 'zod';

/** How the exchange rate and world prices reach this business (for the macro "buffs & debuffs"). */
export const TRADE_PROFILES = ['domestic', 'importer', 'exporter'] as const;
export const tradeProfileSchema = z.enum(TRADE_PROFILES);

/** Each setting's type, without its default (a patch must not fill in what it does not send). */
const settingFields = {
  /** Margin below this percentage raises the "margin below threshold" alert. */
  margin_alert_pct: z.number().min(0).max(100),
  /** Tickets one employee can serve in an hour (suggested staffing per weekday × hour). */
  tickets_per_employee_hour: z.number().positive().max(1000),
  /** Whether a strong dólar helps (exporter), hurts (importer) or mostly matters through prices. */
  trade_profile: tradeProfileSchema,
  /** Base month (YYYY-MM) for real (IPC-deflated) pesos; null: the latest month with IPC. */
  real_base_month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .nullable(),
  /** Days without a purchase after which a customer counts as churned. */
  churn_days: z.number().int().min(7).max(730),
};

/**
 * Analysis settings of a company (`companies.settings`). Every field has a default, so a company
 * that never saved settings reads the defaults; a PATCH merges into what is stored.
 */
export const companySettingsSchema = z.object({
  margin_alert_pct: settingFields.margin_alert_pct.default(25),
  tickets_per_employee_hour: settingFields.tickets_per_employee_hour.default(12),
  trade_profile: settingFields.trade_profile.default('domestic'),
  real_base_month: settingFields.real_base_month.default(null),
  churn_days: settingFields.churn_days.default(90),
});

export const companySettingsPatchSchema = z.object(settingFields).partial();

/** How long the company's data is kept (operator configuration, read-only for members). */
export const dataPolicySchema = z.object({
  /** Days an uploaded original file is kept (encrypted) before it is deleted; its lines stay. */
  raw_file_retention_days: z.number().int(),
  /** Days a deleted company can still be restored before all its data is purged. */
  deletion_grace_days: z.number().int(),
});
export type DataPolicy = z.infer<typeof dataPolicySchema>;

export type CompanySettings = z.infer<typeof companySettingsSchema>;
export type CompanySettingsPatch = z.infer<typeof companySettingsPatchSchema>;
export type TradeProfile = z.infer<typeof tradeProfileSchema>;

/** Stored JSON → settings with defaults; unknown or invalid stored fields fall back to defaults. */
export function readCompanySettings(stored: unknown): CompanySettings {
  const source = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const defaults = companySettingsSchema.parse({});
  const out: Record<string, unknown> = { ...defaults };
  for (const [key, field] of Object.entries(companySettingsSchema.shape)) {
    if (!(key in source)) continue;
    const parsed = field.safeParse(source[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as CompanySettings;
}
