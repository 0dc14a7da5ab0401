import { useCallback, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { tokenStorage } from '../../../lib/token-storage';
import { AuthLayout, AuthLink } from '../components/auth-layout';
import { RegisterForm } from '../components/register-form';
import { redirectFrom } from '../lib/redirect';

/** `/register`: sign up, sign in, then go where the user was headed (else create a company). */
export function RegisterPage() {
  const { t } = useI18n();
  // Only a session that existed on arrival sends the user away: signing up navigates by itself
  // (to `/companies/new`) and must not race a redirect to `/` when its token lands.
  const [signedInOnArrival] = useState(() => tokenStorage.get() !== null);
  const location = useLocation();
  const navigate = useNavigate();
  const from = redirectFrom(location.state);
  const carry = from ? { from } : undefined;

  const onSignedIn = useCallback(
    () => navigate(from ?? '/companies/new', { replace: true }),
    [navigate, from],
  );

  if (signedInOnArrival) return <Navigate to={from ?? '/'} replace />;

  return (
    <AuthLayout
      wide
      title={t('register.title')}
      subtitle={t('register.subtitle')}
      footer={
        <p>
          {t('register.haveAccount')}{' '}
          <AuthLink to="/login" state={carry}>
            {t('register.loginLink')}
          </AuthLink>
        </p>
      }
    >
      <RegisterForm onSignedIn={onSignedIn} loginState={carry} />
    </AuthLayout>
  );
}
