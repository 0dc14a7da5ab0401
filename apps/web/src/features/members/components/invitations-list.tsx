import type { Invitation, MyCompany } from '@ayni/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from '../../../components/button';
import { ErrorState } from '../../../components/error-state';
import { FormAlert } from '../../../components/form/form-alert';
import { PageLoader } from '../../../components/page-loader';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { invitationsQueryKey, revokeInvitation, useInvitations } from '../api/invitations';

/** Pending invitations with their role and expiry; each can be revoked. */
export function InvitationsList({ company }: { company: MyCompany }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const invitations = useInvitations(company.id);
  const revoke = useMutation({
    mutationFn: (invitation: Invitation) => revokeInvitation(company.id, invitation.id),
    onSuccess: (revoked) =>
      queryClient.setQueryData<Invitation[]>(invitationsQueryKey(company.id), (list) =>
        list?.filter((item) => item.id !== revoked.id),
      ),
  });

  if (invitations.isPending) return <PageLoader label={t('invitations.loading')} />;
  if (invitations.isError) {
    return (
      <ErrorState
        message={errorMessage(invitations.error, i18n)}
        onRetry={() => void invitations.refetch()}
      />
    );
  }
  return (
    <div className="space-y-3">
      {revoke.isError && <FormAlert>{errorMessage(revoke.error, i18n)}</FormAlert>}
      {revoke.isSuccess && (
        <FormAlert tone="success">{t('invitations.revoked', { email: revoke.variables.email })}</FormAlert>
      )}
      {invitations.data.length === 0 ? (
        <p className="text-sm text-slate-500">{t('invitations.empty')}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl ring-1 ring-slate-200">
          {invitations.data.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="min-w-0">
                <p className="truncate font-medium text-slate-900">{invitation.email}</p>
                <p className="text-sm text-slate-500">
                  {t(`role.${invitation.role}`)} ·{' '}
                  {t('invitations.expires', { date: formatDate(invitation.expires_at) })}
                </p>
              </div>
              <Button
                variant="secondary"
                aria-label={t('invitations.revokeOf', { email: invitation.email })}
                loading={revoke.isPending && revoke.variables?.id === invitation.id}
                onClick={() => revoke.mutate(invitation)}
              >
                {t('invitations.revoke')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
