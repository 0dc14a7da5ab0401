import { z } from 'zod';
import { listMetaSchema } from './envelope';

/** A company as the platform admin sees it: who and what, never its business data. */
export const adminCompanySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  rut: z.string(),
  industry: z.string(),
  size: z.string(),
  region: z.string(),
  created_at: z.string(),
  deleted_at: z.string().nullable(),
  member_count: z.number().int(),
});

export const adminUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  is_platform_admin: z.boolean(),
  disabled_at: z.string().nullable(),
  created_at: z.string(),
});

/**
 * The platform's users list: demo visitors (throwaway viewers of the demo company) are left out of
 * `data` and `total`, and only counted in `meta.demo_visitors`.
 */
export const adminUsersResponseSchema = z.object({
  data: z.array(adminUserSchema),
  meta: listMetaSchema.extend({ demo_visitors: z.number().int().min(0) }),
});

/** One entry of the platform audit trail: what a platform admin did, to what. */
export const platformAuditEntrySchema = z.object({
  id: z.number().int(),
  /** The platform admin who did it; null once that account is gone. */
  actor: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
  action: z.string(),
  target: z.object({ type: z.string(), id: z.string().nullable() }).nullable(),
  ip: z.string().nullable(),
  user_agent: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()),
  created_at: z.string(),
});

export const userIdParamsSchema = z.object({ userId: z.uuid() });

export type AdminCompany = z.infer<typeof adminCompanySchema>;
export type AdminUser = z.infer<typeof adminUserSchema>;
export type PlatformAuditEntry = z.infer<typeof platformAuditEntrySchema>;
