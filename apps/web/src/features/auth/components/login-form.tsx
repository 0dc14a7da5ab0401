import { type FormEvent, useEffect, useId, useRef } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { TextField } from '../../../components/form/text-field';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/i18n/error-message';
import { blamesField } from '../../../lib/i18n/field-errors';
import type { I18nValue } from '../../../lib/i18n/i18n-context';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useLogin } from '../hooks/use-login';

function loginErrorMessage(error: unknown, i18n: I18nValue): string {
  if (isApiError(error) && error.status === 401 && !error.message && !error.messageEs) {
    return i18n.t('auth.invalidCredentials');
  }
  return errorMessage(error, i18n);
}

/**
 * Email + password form. When the account has two-factor on, the API answers 401 blaming `totp`:
 * a code field appears and the next submit sends it. On success the token is stored; the login
 * page then redirects.
 */
export function LoginForm() {
  const i18n = useI18n();
  const { t } = i18n;
  const loginMutation = useLogin();
  const id = useId();
  const errorId = `${id}-error`;
  const totpRef = useRef<HTMLInputElement>(null);

  const error = loginMutation.error;
  const totpAsked = blamesField(error, 'totp');
  // The first answer only asks for a code; a wrong code is an error like any other.
  const totpRequested = totpAsked && !loginMutation.variables?.totp;
  const needsTotp = totpAsked || Boolean(loginMutation.variables?.totp);
  const message = error && !totpRequested ? loginErrorMessage(error, i18n) : null;

  useEffect(() => {
    if (totpAsked) totpRef.current?.focus();
  }, [totpAsked]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const totp = String(form.get('totp') ?? '').replace(/\s+/g, '');
    loginMutation.mutate({
      email: String(form.get('email') ?? '').trim(),
      password: String(form.get('password') ?? ''),
      ...(needsTotp && totp ? { totp } : {}),
    });
  };

  const credentialsInvalid = message && !totpAsked ? true : undefined;
  return (
    <form onSubmit={handleSubmit} className="space-y-5">
      <TextField
        label={t('auth.email')}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        aria-invalid={credentialsInvalid}
        aria-describedby={credentialsInvalid ? errorId : undefined}
      />
      <TextField
        label={t('auth.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        aria-invalid={credentialsInvalid}
        aria-describedby={credentialsInvalid ? errorId : undefined}
      />
      {needsTotp && (
        <TextField
          ref={totpRef}
          label={t('auth.totp')}
          name="totp"
          autoComplete="one-time-code"
          required
          minLength={6}
          maxLength={32}
          hint={t('auth.totpHint')}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          className="font-mono tracking-widest"
        />
      )}
      {totpRequested && <FormAlert tone="info">{t('auth.totpRequired')}</FormAlert>}
      {message && <FormAlert id={errorId}>{message}</FormAlert>}
      <Button type="submit" className="w-full py-2.5" loading={loginMutation.isPending}>
        {t('auth.submit')}
      </Button>
    </form>
  );
}
