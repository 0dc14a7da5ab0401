import type { Member, MyCompany, Role } from '@ayni/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorState } from '../../../components/error-state';
import { FormAlert } from '../../../components/form/form-alert';
import { PageLoader } from '../../../components/page-loader';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { changeMemberRole, membersQueryKey, removeMember, useMembers } from '../api/members';
import { MemberRow } from './member-row';

export interface MembersTableProps {
  company: MyCompany;
  currentUserId: string | undefined;
  /** The signed-in user's own membership changed (role): the company list must reload. */
  onOwnRoleChanged: () => void;
  onLeft: () => void;
}

/** Everyone in the company; managers change roles and remove people, anyone may leave. */
export function MembersTable({ company, currentUserId, onOwnRoleChanged, onLeft }: MembersTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const members = useMembers(company.id);
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const managerRole = company.permissions.includes('manage_members') ? company.role : null;

  const setMembers = (update: (list: Member[]) => Member[]) =>
    queryClient.setQueryData<Member[]>(membersQueryKey(company.id), (list) => (list ? update(list) : list));

  const roleChange = useMutation({
    mutationFn: ({ member, role }: { member: Member; role: Role }) =>
      changeMemberRole(company.id, member.user_id, role),
    onMutate: () => setNotice(null),
    onSuccess: (updated) => {
      setMembers((list) => list.map((item) => (item.user_id === updated.user_id ? updated : item)));
      setNotice(t('members.roleUpdated', { name: updated.name, role: t(`role.${updated.role}`) }));
      if (updated.user_id === currentUserId) onOwnRoleChanged();
    },
  });
  const removal = useMutation({
    mutationFn: (member: Member) => removeMember(company.id, member.user_id),
    onSuccess: (result, member) => {
      setRemoving(null);
      if (result.left) return onLeft();
      setMembers((list) => list.filter((item) => item.user_id !== result.user_id));
      setNotice(t('members.removed', { name: member.name }));
    },
  });

  if (members.isPending) return <PageLoader label={t('members.loading')} />;
  if (members.isError) {
    return <ErrorState message={errorMessage(members.error, i18n)} onRetry={() => void members.refetch()} />;
  }

  const leaving = removing?.user_id === currentUserId;
  return (
    <div className="space-y-4">
      {roleChange.isError && <FormAlert>{errorMessage(roleChange.error, i18n)}</FormAlert>}
      {notice && <FormAlert tone="success">{notice}</FormAlert>}
      {/* relative: the containing block of the cells' screen-reader-only labels, which would
          otherwise widen the whole page past a phone's width instead of scrolling here. */}
      <div className="relative -mx-1 overflow-x-auto px-1">
        <table className="w-full min-w-xl text-left">
          <thead className="border-b border-slate-200 text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="py-2 pr-4">
                {t('members.person')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('members.role')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('members.joined')}
              </th>
              <th scope="col" className="py-2 text-right">
                <span className="sr-only">{t('members.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {members.data.map((member) => (
              <MemberRow
                key={member.user_id}
                member={member}
                isMe={member.user_id === currentUserId}
                managerRole={managerRole}
                busy={roleChange.isPending && roleChange.variables?.member.user_id === member.user_id}
                onRoleChange={(target, role) => roleChange.mutate({ member: target, role })}
                onRemove={(target) => {
                  removal.reset();
                  setRemoving(target);
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      {removing && (
        <ConfirmDialog
          title={
            leaving
              ? t('members.leaveTitle', { company: company.name })
              : t('members.removeTitle', { name: removing.name })
          }
          description={leaving ? t('members.leaveBody') : t('members.removeBody', { company: company.name })}
          confirmLabel={leaving ? t('members.confirmLeave') : t('members.confirmRemove')}
          cancelLabel={t('members.cancel')}
          pending={removal.isPending}
          error={removal.isError ? errorMessage(removal.error, i18n) : null}
          onConfirm={() => removal.mutate(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </div>
  );
}
