import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { TextField } from '../../../components/form/text-field';
import { Section } from '../../../components/section';
import { formErrors } from '../../../lib/i18n/field-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { tokenStorage } from '../../../lib/token-storage';
import { changePassword } from '../api/account';
import { meQueryKey } from '../api/get-me';
import { MIN_PASSWORD_LENGTH, PasswordRules } from './password-rules';

const EMPTY = { current: '', next: '', confirm: '' };

/** Current + new password; the answer is a new session for this tab (the others end). */
export function ChangePasswordForm() {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [local, setLocal] = useState<{ next?: string; confirm?: string; current?: string }>({});
  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: (session) => {
      tokenStorage.set(session.access_token);
      queryClient.setQueryData(meQueryKey, session.user);
      setValues(EMPTY);
    },
  });
  const server = formErrors(mutation.error, i18n, ['current_password', 'new_password']);

  const field = (key: keyof typeof EMPTY) => ({
    value: values[key],
    onChange: (event: { target: { value: string } }) => {
      setValues((current) => ({ ...current, [key]: event.target.value }));
      setLocal((current) => ({ ...current, [key]: undefined }));
    },
  });

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      current: values.current ? undefined : t('validation.required'),
      next: [...values.next].length < MIN_PASSWORD_LENGTH ? t('password.tooShort') : undefined,
      confirm: values.confirm !== values.next ? t('password.mismatch') : undefined,
    };
    setLocal(found);
    if (found.current || found.next || found.confirm) return;
    mutation.mutate({ current_password: values.current, new_password: values.next });
  };

  return (
    <Section title={t('account.password.title')} description={t('account.password.body')}>
      <form noValidate onSubmit={handleSubmit} className="space-y-5">
        <TextField
          label={t('account.password.current')}
          name="current_password"
          type="password"
          autoComplete="current-password"
          required
          {...field('current')}
          error={local.current ?? server.fields.current_password}
        />
        <TextField
          label={t('account.password.new')}
          name="new_password"
          type="password"
          autoComplete="new-password"
          required
          {...field('next')}
          error={local.next ?? server.fields.new_password}
          hint={<PasswordRules password={values.next} />}
        />
        <TextField
          label={t('account.password.confirm')}
          name="confirm_password"
          type="password"
          autoComplete="new-password"
          required
          {...field('confirm')}
          error={local.confirm}
        />
        {server.form && <FormAlert>{server.form}</FormAlert>}
        {mutation.isSuccess && <FormAlert tone="success">{t('account.password.done')}</FormAlert>}
        <Button type="submit" loading={mutation.isPending}>
          {t('account.password.submit')}
        </Button>
      </form>
    </Section>
  );
}
