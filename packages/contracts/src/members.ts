import { z } from 'zod';
import { companyIdParamsSchema, roleSchema } from './companies';

export const memberSchema = z.object({
  user_id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  joined_at: z.string(),
});

export const memberParamsSchema = companyIdParamsSchema.extend({ userId: z.uuid() });

export const updateMemberRequestSchema = z.object({ role: roleSchema });

export const removedMemberSchema = z.object({
  user_id: z.uuid(),
  /** True when members left on their own. */
  left: z.boolean(),
});

/**
 * `GET /companies/{id}/members/demo-visitors`: the throwaway demo visitors that can read the
 * company now. They are not listed among the members; each is deleted `expire_after_hours`
 * after it was created.
 */
export const demoVisitorsSchema = z.object({
  active: z.number().int().min(0),
  expire_after_hours: z.number().int().min(1),
});

export type Member = z.infer<typeof memberSchema>;
export type UpdateMemberRequest = z.infer<typeof updateMemberRequestSchema>;
export type RemovedMember = z.infer<typeof removedMemberSchema>;
export type DemoVisitors = z.infer<typeof demoVisitorsSchema>;
