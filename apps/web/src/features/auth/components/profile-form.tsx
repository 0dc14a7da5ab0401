import type { Account } from '@ayni/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { TextField } from '../../../components/form/text-field';
import { Badge, Section } from '../../../components/section';
import { errorMessage } from '../../../lib/i18n/error-message';
import { formErrors } from '../../../lib/i18n/field-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { accountQueryKey, updateMe } from '../api/account';
import { meQueryKey } from '../api/get-me';
import { resendVerification } from '../api/verify-email';

/** Name (editable), e-mail and its verification status, with a "resend the link" button. */
export function ProfileForm({ account }: { account: Account }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const [name, setName] = useState(account.name);
  const [missing, setMissing] = useState(false);
  const save = useMutation({
    mutationFn: updateMe,
    onSuccess: (updated) => {
      queryClient.setQueryData(accountQueryKey, updated);
      queryClient.setQueryData(meQueryKey, updated);
    },
  });
  const resend = useMutation({ mutationFn: resendVerification });
  const errors = formErrors(save.error, i18n, ['name']);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = name.trim();
    setMissing(!value);
    if (value) save.mutate({ name: value });
  };

  return (
    <Section title={t('account.profile')}>
      <form noValidate onSubmit={handleSubmit} className="space-y-5">
        <TextField
          label={t('account.name')}
          name="name"
          autoComplete="name"
          required
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setMissing(false);
            save.reset();
          }}
          error={missing ? t('validation.required') : errors.fields.name}
        />
        <div className="space-y-1.5">
          <p className="text-sm font-medium text-slate-700">{t('account.email')}</p>
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-sm text-slate-900">{account.email}</span>
            <Badge tone={account.email_verified ? 'good' : 'warn'}>
              {account.email_verified ? t('account.verified') : t('account.notVerified')}
            </Badge>
            {!account.email_verified && !resend.isSuccess && (
              <Button
                variant="ghost"
                className="px-2 py-1"
                loading={resend.isPending}
                onClick={() => resend.mutate()}
              >
                {t('account.resend')}
              </Button>
            )}
          </div>
          {resend.isSuccess && <FormAlert tone="success">{t('account.resent')}</FormAlert>}
          {resend.isError && <FormAlert>{errorMessage(resend.error, i18n)}</FormAlert>}
        </div>
        {errors.form && <FormAlert>{errors.form}</FormAlert>}
        {save.isSuccess && <FormAlert tone="success">{t('account.saved')}</FormAlert>}
        <Button type="submit" loading={save.isPending}>
          {t('account.save')}
        </Button>
      </form>
    </Section>
  );
}
