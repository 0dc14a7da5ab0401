import { z } from 'zod';
import { dashboardKindSchema, permissionSchema } from './permissions';

export const ROLES = ['owner', 'admin', 'finance', 'marketing', 'operations', 'viewer'] as const;
export const roleSchema = z.enum(ROLES);

export const INDUSTRIES = [
  'retail',
  'restaurants',
  'food_distribution',
  'clothing',
  'electronics',
  'pharmacy',
  'hardware',
  'services',
  'other',
] as const;
export const industrySchema = z.enum(INDUSTRIES);

export const COMPANY_SIZES = ['micro', 'small', 'medium'] as const;
export const companySizeSchema = z
  .enum(COMPANY_SIZES)
  .describe('micro: 1–9 employees; small: 10–49 employees; medium: 50–199 employees');

/** Employee ranges of each size (Chile's Estatuto PYME, Ley 20.416); `max` inclusive. */
export const COMPANY_SIZE_EMPLOYEES: Record<(typeof COMPANY_SIZES)[number], { min: number; max: number }> = {
  micro: { min: 1, max: 9 },
  small: { min: 10, max: 49 },
  medium: { min: 50, max: 199 },
};

export const companyIdParamsSchema = z.object({ companyId: z.uuid() });

export const companySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  rut: z.string(),
  industry: industrySchema,
  size: companySizeSchema,
  region: z.string(),
});

export const myCompanySchema = companySchema.extend({
  role: roleSchema,
  /** The dashboard this role lands on. */
  default_dashboard: dashboardKindSchema,
  /** What this role may do here, so the UI can hide what it cannot. */
  permissions: z.array(permissionSchema),
});

export type Role = z.infer<typeof roleSchema>;
export type Company = z.infer<typeof companySchema>;
export type MyCompany = z.infer<typeof myCompanySchema>;
