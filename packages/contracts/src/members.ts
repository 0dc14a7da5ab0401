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

export type Member = z.infer<typeof memberSchema>;
export type UpdateMemberRequest = z.infer<typeof updateMemberRequestSchema>;
export type RemovedMember = z.infer<typeof removedMemberSchema>;
