import { z } from 'zod';

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
export const companySizeSchema = z.enum(COMPANY_SIZES);

export const companyIdParamsSchema = z.object({ companyId: z.uuid() });

export const companySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  rut: z.string(),
  industry: industrySchema,
  size: companySizeSchema,
  region: z.string(),
});

export const myCompanySchema = companySchema.extend({ role: roleSchema });

export type Role = z.infer<typeof roleSchema>;
export type Company = z.infer<typeof companySchema>;
export type MyCompany = z.infer<typeof myCompanySchema>;
