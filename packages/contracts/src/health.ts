import { z } from 'zod';

export const checkStatusSchema = z.enum(['ok', 'fail']);

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  checks: z.object({
    database: checkStatusSchema,
    queue: checkStatusSchema,
    disk: checkStatusSchema,
  }),
});

export type Health = z.infer<typeof healthSchema>;
