import { z } from 'zod';

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
]);

export type AppEvent = z.infer<typeof appEventSchema>;
