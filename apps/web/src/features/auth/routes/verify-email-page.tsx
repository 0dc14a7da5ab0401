import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { FormAlert } from '../../../components/form/form-alert';
import { PageLoader } from '../../../components/page-loader';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { accountQueryKey } from '../api/account';
import { verifyEmail } from '../api/verify-email';
import { AuthLayout, AuthLink } from '../components/auth-layout';

/** `/verify-email?token=`: confirms the address once, on arrival, and says how it went. */
export function VerifyEmailPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [params] = useSearchParams();
  const token = params.get('token');
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: verifyEmail,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountQueryKey }),
  });
  const { mutate } = mutation;
  const sent = useRef<string | null>(null);

  useEffect(() => {
    // The link works once: never send the same token twice (StrictMode re-runs effects).
    if (!token || sent.current === token) return;
    sent.current = token;
    mutate(token);
  }, [token, mutate]);

  let content: ReactNode;
  if (mutation.isSuccess) {
    content = (
      <div role="status" className="space-y-2">
        <h2 className="text-lg font-semibold text-emerald-800">{t('verify.successTitle')}</h2>
        <p className="text-sm text-slate-600">{t('verify.successBody')}</p>
      </div>
    );
  } else if (!token || mutation.isError) {
    content = (
      <div className="space-y-3">
        <h2 className="text-lg font-semibold text-rose-900">{t('verify.failureTitle')}</h2>
        <FormAlert>{token ? errorMessage(mutation.error, i18n) : t('verify.missingToken')}</FormAlert>
        <p className="text-sm text-slate-600">{t('verify.failureHint')}</p>
      </div>
    );
  } else {
    content = <PageLoader label={t('verify.loading')} />;
  }

  return (
    <AuthLayout
      title={t('verify.title')}
      footer={mutation.isPending ? null : <AuthLink to="/">{t('verify.continue')}</AuthLink>}
    >
      {content}
    </AuthLayout>
  );
}
