import type { DemoVisitors, ListMeta, Member, RemovedMember, Role } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, type Envelope } from '../../../lib/api-client';

export const membersQueryKey = (companyId: string) => ['companies', companyId, 'members'] as const;

const base = (companyId: string) => `/api/v1/companies/${encodeURIComponent(companyId)}/members`;

export async function getMembers(companyId: string, signal?: AbortSignal): Promise<Member[]> {
  const body = await api.get<Envelope<Member[], ListMeta>>(base(companyId), { signal });
  return body.data;
}

export function useMembers(companyId: string) {
  return useQuery({
    queryKey: membersQueryKey(companyId),
    queryFn: ({ signal }) => getMembers(companyId, signal),
  });
}

/** Throwaway demo visitors reading the company now (they are not listed as members). */
export function useDemoVisitors(companyId: string) {
  return useQuery({
    queryKey: [...membersQueryKey(companyId), 'demo-visitors'] as const,
    queryFn: async ({ signal }) =>
      (await api.get<Envelope<DemoVisitors>>(`${base(companyId)}/demo-visitors`, { signal })).data,
  });
}

export async function changeMemberRole(companyId: string, userId: string, role: Role): Promise<Member> {
  const body = await api.patch<Envelope<Member>>(`${base(companyId)}/${encodeURIComponent(userId)}`, {
    role,
  });
  return body.data;
}

/** Removes a member, or leaves the company when `userId` is the signed-in user. */
export async function removeMember(companyId: string, userId: string): Promise<RemovedMember> {
  const body = await api.delete<Envelope<RemovedMember>>(`${base(companyId)}/${encodeURIComponent(userId)}`);
  return body.data;
}
