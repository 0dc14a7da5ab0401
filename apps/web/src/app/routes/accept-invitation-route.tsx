import type { MyCompany } from '@ayni/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { Card } from '../../components/card';
import { useMe } from '../../features/auth/api/get-me';
import { useLogout } from '../../features/auth/hooks/use-logout';
import { companiesQueryKey } from '../../features/companies/api/get-companies';
import { AcceptInvitation } from '../../features/members/components/accept-invitation';
import { useI18n } from '../../lib/i18n/use-i18n';

/**
 * `/invitations/accept?token=`: behind the sign-in guard (which comes back here afterwards);
 * accepts, then opens the company's dashboard.
 */
export function AcceptInvitationRoute() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const logout = useLogout();

  const onAccepted = (company: MyCompany) => {
    queryClient.setQueryData<MyCompany[]>(companiesQueryKey, (list) => [
      ...(list ?? []).filter((item) => item.id !== company.id),
      company,
    ]);
    void queryClient.invalidateQueries({ queryKey: companiesQueryKey, exact: true });
    navigate(`/c/${company.id}`, { replace: true });
  };

  return (
    <div className="mx-auto max-w-lg">
      <Card className="space-y-4 p-6 sm:p-8">
        <h1 className="text-xl font-semibold text-slate-900">{t('acceptInvite.title')}</h1>
        <AcceptInvitation
          token={params.get('token')}
          signedInAs={me.data?.email}
          onAccepted={onAccepted}
          onSwitchAccount={() => logout(location.pathname + location.search)}
        />
      </Card>
    </div>
  );
}
