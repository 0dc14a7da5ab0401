import { Navigate, useLocation } from 'react-router';
import { FormAlert } from '../../../components/form/form-alert';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { AuthLayout, AuthLink } from '../components/auth-layout';
import { LoginForm } from '../components/login-form';
import { useAccessToken } from '../hooks/use-access-token';
import { noticeFrom, redirectFrom } from '../lib/redirect';

export function LoginPage() {
  const { t } = useI18n();
  const token = useAccessToken();
  const location = useLocation();
  const from = redirectFrom(location.state);

  // Already signed in, or just signed in: leave the login page.
  if (token) return <Navigate to={from ?? '/'} replace />;

  const notice = noticeFrom(location.state);
  // Keeps "come back here afterwards" when the user goes to sign up instead.
  const carry = from ? { from } : undefined;
  return (
    <AuthLayout
      title={t('auth.title')}
      subtitle={t('auth.subtitle')}
      footer={
        <p>
          {t('auth.noAccount')}{' '}
          <AuthLink to="/register" state={carry}>
            {t('auth.registerLink')}
          </AuthLink>
        </p>
      }
    >
      {notice === 'passwordReset' && (
        <FormAlert tone="success" className="mb-5">
          {t('auth.passwordResetDone')}
        </FormAlert>
      )}
      {from?.startsWith('/invitations/accept') && (
        <FormAlert tone="info" className="mb-5">
          {t('auth.inviteNotice')}
        </FormAlert>
      )}
      <LoginForm />
      <p className="mt-5 text-center text-sm">
        <AuthLink to="/forgot-password">{t('auth.forgotLink')}</AuthLink>
      </p>
    </AuthLayout>
  );
}
