import { z } from 'zod';
import { companySizeSchema, industrySchema, myCompanySchema } from './companies';
import { locationInputSchema, locationSchema } from './locations';
import { regionSchema } from './regions';
import { rutSchema } from './rut';

const companyName = z.string().trim().min(1).max(120);
const rut = rutSchema.describe(
  'Chilean RUT in any usual spelling (12.345.678-5, 12345678-5, 123456785); stored as 12345678-5',
);

export const createCompanyRequestSchema = z.object({
  name: companyName,
  rut,
  industry: industrySchema,
  size: companySizeSchema,
  region: regionSchema,
  /** At least one branch or store. */
  locations: z.array(locationInputSchema).min(1).max(100),
  /** Take part in the anonymous industry benchmarks (docs/benchmarks.md); on unless unticked. */
  benchmark_opt_in: z.boolean().default(true),
});

export const updateCompanyRequestSchema = z
  .object({
    name: companyName,
    rut,
    industry: industrySchema,
    size: companySizeSchema,
    region: regionSchema,
    benchmark_opt_in: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });

export const companyDetailSchema = myCompanySchema.extend({
  timezone: z.string(),
  /** Contributes to and sees the anonymous industry benchmarks. */
  benchmark_opt_in: z.boolean(),
  created_at: z.string(),
  locations: z.array(locationSchema),
});

export const deletedCompanySchema = z.object({
  id: z.uuid(),
  deleted_at: z.string(),
  /** After this moment every row of the company is removed for good. */
  purge_after: z.string(),
});

export type CreateCompanyRequest = z.infer<typeof createCompanyRequestSchema>;
export type UpdateCompanyRequest = z.infer<typeof updateCompanyRequestSchema>;
export type CompanyDetail = z.infer<typeof companyDetailSchema>;
export type DeletedCompany = z.infer<typeof deletedCompanySchema>;
