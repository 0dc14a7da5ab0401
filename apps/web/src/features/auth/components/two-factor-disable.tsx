import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { TextField } from '../../../components/form/text-field';
import { formErrors } from '../../../lib/i18n/field-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { disableTwoFactor } from '../api/two-factor';

/** Turning two-factor off takes the password and a current (or recovery) code. */
export function TwoFactorDisable({ onDisabled }: { onDisabled: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState<{ password?: boolean; code?: boolean }>({});
  const mutation = useMutation({ mutationFn: disableTwoFactor, onSuccess: onDisabled });
  const errors = formErrors(mutation.error, i18n, ['password', 'code']);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = { password, code: code.replace(/\s+/g, '') };
    const found = { password: !input.password, code: input.code.length < 6 };
    setMissing(found);
    if (!found.password && !found.code) mutation.mutate(input);
  };

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-4 border-t border-slate-100 pt-5">
      <h3 className="text-sm font-semibold text-slate-900">{t('twoFactor.disableTitle')}</h3>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('twoFactor.disablePassword')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={missing.password ? t('validation.required') : errors.fields.password}
        />
        <TextField
          label={t('twoFactor.disableCode')}
          name="code"
          autoComplete="one-time-code"
          required
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={missing.code ? t('twoFactor.codeInvalid') : errors.fields.code}
          className="font-mono tracking-widest"
        />
      </div>
      {errors.form && <FormAlert>{errors.form}</FormAlert>}
      <Button type="submit" variant="danger" loading={mutation.isPending}>
        {t('twoFactor.disable')}
      </Button>
    </form>
  );
}
