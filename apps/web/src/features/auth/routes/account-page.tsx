import { ErrorState } from '../../../components/error-state';
import { PageLoader } from '../../../components/page-loader';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useAccount } from '../api/account';
import { ChangePasswordForm } from '../components/change-password-form';
import { ProfileForm } from '../components/profile-form';
import { TwoFactorSection } from '../components/two-factor-section';

/** `/account`: the signed-in user's profile, password and two-step verification. */
export function AccountPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const account = useAccount();

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t('account.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('account.subtitle')}</p>
      </div>
      {account.isPending ? (
        <PageLoader label={t('account.loading')} />
      ) : account.isError ? (
        <ErrorState
          message={errorMessage(account.error, i18n)}
          onRetry={() => void account.refetch()}
          retrying={account.isFetching}
        />
      ) : (
        <>
          <ProfileForm key={account.data.id} account={account.data} />
          <ChangePasswordForm />
          <TwoFactorSection account={account.data} />
        </>
      )}
    </div>
  );
}
