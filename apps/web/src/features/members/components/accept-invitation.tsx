import type { MyCompany } from '@ayni/contracts';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { PageLoader } from '../../../components/page-loader';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { acceptInvitation } from '../api/invitations';

export interface AcceptInvitationProps {
  token: string | null;
  /** The signed-in user's e-mail, to explain a "sent to another address" refusal. */
  signedInAs: string | undefined;
  onAccepted: (company: MyCompany) => void;
  onSwitchAccount: () => void;
}

/** Accepts the invitation once on arrival; explains expired, revoked, foreign or used links. */
export function AcceptInvitation({ token, signedInAs, onAccepted, onSwitchAccount }: AcceptInvitationProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const mutation = useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (result) => onAccepted(result.company),
  });
  const { mutate } = mutation;
  const sent = useRef<string | null>(null);

  useEffect(() => {
    // Accept once per token, even when StrictMode runs effects twice.
    if (!token || sent.current === token) return;
    sent.current = token;
    mutate(token);
  }, [token, mutate]);

  if (token && !mutation.isError) return <PageLoader label={t('acceptInvite.loading')} />;

  const wrongAccount = isApiError(mutation.error) && mutation.error.status === 403;
  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold text-rose-900">{t('acceptInvite.failed')}</h2>
      <FormAlert>{token ? errorMessage(mutation.error, i18n) : t('acceptInvite.missingToken')}</FormAlert>
      {wrongAccount && (
        <p className="text-sm text-slate-700">
          {signedInAs && `${t('acceptInvite.signedInAs', { email: signedInAs })} `}
          {t('acceptInvite.wrongEmail')}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        {wrongAccount && <Button onClick={onSwitchAccount}>{t('acceptInvite.switchAccount')}</Button>}
        <Link
          to="/"
          className="rounded-lg px-4 py-2 text-sm font-semibold text-teal-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
        >
          {t('acceptInvite.home')}
        </Link>
      </div>
    </div>
  );
}
