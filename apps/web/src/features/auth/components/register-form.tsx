import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { TextField } from '../../../components/form/text-field';
import { type FieldErrors, formErrors } from '../../../lib/i18n/field-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useRegister } from '../hooks/use-register';
import { looksLikeEmail } from '../lib/redirect';
import { AuthLink } from './auth-layout';
import { MIN_PASSWORD_LENGTH, PasswordRules } from './password-rules';

const FIELDS = ['name', 'email', 'password'] as const;

/** Name, e-mail and password; signs in right after the account is created. */
export function RegisterForm({ onSignedIn, loginState }: { onSignedIn: () => void; loginState?: unknown }) {
  const i18n = useI18n();
  const { t } = i18n;
  const mutation = useRegister(onSignedIn);
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const [local, setLocal] = useState<FieldErrors>({});

  const server = formErrors(mutation.error, i18n, FIELDS);
  const errors: FieldErrors = { ...server.fields, ...local };
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [key]: event.target.value }));
    setLocal((current) => ({ ...current, [key]: undefined }));
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = { name: values.name.trim(), email: values.email.trim(), password: values.password };
    const found: FieldErrors = {};
    if (!input.name) found.name = t('validation.required');
    if (!looksLikeEmail(input.email)) found.email = t('validation.email');
    if ([...input.password].length < MIN_PASSWORD_LENGTH) found.password = t('password.tooShort');
    setLocal(found);
    if (Object.keys(found).length > 0) {
      const first = FIELDS.find((key) => found[key]);
      event.currentTarget.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    mutation.mutate(input);
  };

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-5">
      <TextField
        label={t('register.name')}
        name="name"
        autoComplete="name"
        value={values.name}
        onChange={set('name')}
        error={errors.name}
        required
      />
      <TextField
        label={t('auth.email')}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        value={values.email}
        onChange={set('email')}
        error={errors.email}
        required
      />
      <TextField
        label={t('auth.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        value={values.password}
        onChange={set('password')}
        error={errors.password}
        hint={<PasswordRules password={values.password} />}
        required
      />
      {server.form && <FormAlert>{server.form}</FormAlert>}
      {mutation.data === null && (
        <FormAlert tone="info">
          {t('register.loginFailed')}{' '}
          <AuthLink to="/login" state={loginState}>
            {t('register.loginLink')}
          </AuthLink>
        </FormAlert>
      )}
      <Button type="submit" className="w-full py-2.5" loading={mutation.isPending}>
        {t('register.submit')}
      </Button>
    </form>
  );
}
