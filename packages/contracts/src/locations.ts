import { z } from 'zod';
import { companyIdParamsSchema } from './companies';

export const locationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  address: z.string().nullable(),
  created_at: z.string(),
});

export const locationInputSchema = z.object({
  name: z.string().trim().min(1).max(120),
  address: z.string().trim().max(300).nullish(),
});

export const updateLocationRequestSchema = locationInputSchema
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });

export const locationParamsSchema = companyIdParamsSchema.extend({ locationId: z.uuid() });

export type Location = z.infer<typeof locationSchema>;
export type LocationInput = z.infer<typeof locationInputSchema>;
export type UpdateLocationRequest = z.infer<typeof updateLocationRequestSchema>;
