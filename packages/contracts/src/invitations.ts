import { z } from 'zod';
import { companyIdParamsSchema, myCompanySchema, roleSchema } from './companies';

export const createInvitationRequestSchema = z.object({
  email: z.email().max(254),
  role: roleSchema,
});

/** An invitation as its company sees it; the token only travels in the e-mail. */
export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: roleSchema,
  invited_by: z.uuid().nullable(),
  expires_at: z.string(),
  created_at: z.string(),
});

export const revokedInvitationSchema = z.object({ id: z.uuid(), revoked_at: z.string() });

export const invitationParamsSchema = companyIdParamsSchema.extend({ invitationId: z.uuid() });

export const acceptInvitationRequestSchema = z.object({ token: z.string().min(20).max(200) });

export const acceptedInvitationSchema = z.object({ company: myCompanySchema });

export type CreateInvitationRequest = z.infer<typeof createInvitationRequestSchema>;
export type Invitation = z.infer<typeof invitationSchema>;
export type RevokedInvitation = z.infer<typeof revokedInvitationSchema>;
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequestSchema>;
export type AcceptedInvitation = z.infer<typeof acceptedInvitationSchema>;
