import { type FormEvent, useId } from 'react';
import { Button } from '../../../components/button';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/i18n/error-message';
import type { I18nValue } from '../../../lib/i18n/i18n-context';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useLogin } from '../hooks/use-login';

const INPUT_CLASS =
  'block w-full rounded-lg border-0 bg-white px-3 py-2.5 text-sm text-slate-900 shadow-sm ring-1 ring-inset ' +
  'ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-teal-700 focus:outline-none';

function loginErrorMessage(error: unknown, i18n: I18nValue): string {
  if (isApiError(error) && error.status === 401 && !error.message && !error.messageEs) {
    return i18n.t('auth.invalidCredentials');
  }
  return errorMessage(error, i18n);
}

/** Email + password form. On success the token is stored; the login page then redirects. */
export function LoginForm() {
  const i18n = useI18n();
  const { t } = i18n;
  const loginMutation = useLogin();
  const id = useId();
  const errorId = `${id}-error`;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const credentials = {
      email: String(form.get('email') ?? '').trim(),
      password: String(form.get('password') ?? ''),
    };
    loginMutation.mutate(credentials);
  };

  const message = loginMutation.error ? loginErrorMessage(loginMutation.error, i18n) : null;

  return (
    <form onSubmit={handleSubmit} className="space-y-5">
      <div className="space-y-1.5">
        <label htmlFor={`${id}-email`} className="block text-sm font-medium text-slate-700">
          {t('auth.email')}
        </label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          className={INPUT_CLASS}
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-password`} className="block text-sm font-medium text-slate-700">
          {t('auth.password')}
        </label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          className={INPUT_CLASS}
        />
      </div>
      {message && (
        <p
          id={errorId}
          role="alert"
          className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800 ring-1 ring-rose-200"
        >
          {message}
        </p>
      )}
      <Button type="submit" className="w-full py-2.5" loading={loginMutation.isPending}>
        {t('auth.submit')}
      </Button>
    </form>
  );
}
