import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { TextField } from '../../../components/form/text-field';
import { blamesField, formErrors } from '../../../lib/i18n/field-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { confirmPasswordReset } from '../api/password-reset';
import { AuthLayout, AuthLink } from '../components/auth-layout';
import { MIN_PASSWORD_LENGTH, PasswordRules } from '../components/password-rules';

/** `/reset-password?token=`: a new password from the e-mailed link, then back to the login page. */
export function ResetPasswordPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const token = useSearchParams()[0].get('token');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [local, setLocal] = useState<{ password?: string; confirm?: string }>({});
  const mutation = useMutation({
    mutationFn: confirmPasswordReset,
    onSuccess: () => navigate('/login', { replace: true, state: { notice: 'passwordReset' } }),
  });

  const server = formErrors(mutation.error, i18n, ['new_password']);
  const badLink = !token || blamesField(mutation.error, 'token');

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      password: [...password].length < MIN_PASSWORD_LENGTH ? t('password.tooShort') : undefined,
      confirm: confirm !== password ? t('password.mismatch') : undefined,
    };
    setLocal(found);
    if (!found.password && !found.confirm && token) mutation.mutate({ token, new_password: password });
  };

  return (
    <AuthLayout
      title={t('reset.title')}
      subtitle={t('reset.subtitle')}
      footer={<AuthLink to="/login">{t('forgot.backToLogin')}</AuthLink>}
    >
      {!token ? (
        <FormAlert>
          {t('reset.missingToken')} <AuthLink to="/forgot-password">{t('reset.requestNew')}</AuthLink>
        </FormAlert>
      ) : (
        <form noValidate onSubmit={handleSubmit} className="space-y-5">
          <TextField
            label={t('reset.newPassword')}
            name="new_password"
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={local.password ?? server.fields.new_password}
            hint={<PasswordRules password={password} />}
          />
          <TextField
            label={t('reset.confirm')}
            name="confirm"
            type="password"
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
            error={local.confirm}
          />
          {server.form && (
            <FormAlert>
              {server.form} {badLink && <AuthLink to="/forgot-password">{t('reset.requestNew')}</AuthLink>}
            </FormAlert>
          )}
          <Button type="submit" className="w-full py-2.5" loading={mutation.isPending}>
            {t('reset.submit')}
          </Button>
        </form>
      )}
    </AuthLayout>
  );
}
