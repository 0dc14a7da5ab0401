import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { TextField } from '../../../components/form/text-field';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { requestPasswordReset } from '../api/password-reset';
import { AuthLayout, AuthLink } from '../components/auth-layout';
import { looksLikeEmail } from '../lib/redirect';

/** `/forgot-password`: asks for a reset link; the answer never tells whether the account exists. */
export function ForgotPasswordPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [email, setEmail] = useState('');
  const [invalid, setInvalid] = useState(false);
  const mutation = useMutation({ mutationFn: requestPasswordReset });

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = email.trim();
    setInvalid(!looksLikeEmail(value));
    if (looksLikeEmail(value)) mutation.mutate(value);
  };

  return (
    <AuthLayout
      title={t('forgot.title')}
      subtitle={t('forgot.subtitle')}
      footer={<AuthLink to="/login">{t('forgot.backToLogin')}</AuthLink>}
    >
      {mutation.isSuccess ? (
        <FormAlert tone="success">{t('forgot.sent')}</FormAlert>
      ) : (
        <form noValidate onSubmit={handleSubmit} className="space-y-5">
          <TextField
            label={t('auth.email')}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
              setInvalid(false);
            }}
            error={invalid ? t('validation.email') : null}
          />
          {mutation.isError && <FormAlert>{errorMessage(mutation.error, i18n)}</FormAlert>}
          <Button type="submit" className="w-full py-2.5" loading={mutation.isPending}>
            {t('forgot.submit')}
          </Button>
        </form>
      )}
    </AuthLayout>
  );
}
