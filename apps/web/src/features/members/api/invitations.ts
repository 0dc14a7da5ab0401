import type {
  AcceptedInvitation,
  CreateInvitationRequest,
  Invitation,
  ListMeta,
  RevokedInvitation,
} from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, type Envelope } from '../../../lib/api-client';

export const invitationsQueryKey = (companyId: string) => ['companies', companyId, 'invitations'] as const;

const base = (companyId: string) => `/api/v1/companies/${encodeURIComponent(companyId)}/invitations`;

/** Pending invitations (needs `manage_members`). */
export function useInvitations(companyId: string) {
  return useQuery({
    queryKey: invitationsQueryKey(companyId),
    queryFn: async ({ signal }) =>
      (await api.get<Envelope<Invitation[], ListMeta>>(base(companyId), { signal })).data,
  });
}

export async function createInvitation(
  companyId: string,
  input: CreateInvitationRequest,
): Promise<Invitation> {
  const body = await api.post<Envelope<Invitation>>(base(companyId), input);
  return body.data;
}

export async function revokeInvitation(companyId: string, invitationId: string): Promise<RevokedInvitation> {
  const body = await api.delete<Envelope<RevokedInvitation>>(
    `${base(companyId)}/${encodeURIComponent(invitationId)}`,
  );
  return body.data;
}

/** Accepts an invitation with the token from its e-mail (it must be addressed to the signed-in user). */
export async function acceptInvitation(token: string): Promise<AcceptedInvitation> {
  const body = await api.post<Envelope<AcceptedInvitation>>('/api/v1/invitations/accept', { token });
  return body.data;
}
