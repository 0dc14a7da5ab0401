import type { TotpSetupResponse } from '@ayni/contracts';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { TextField } from '../../../components/form/text-field';
import { formErrors } from '../../../lib/i18n/field-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { enableTwoFactor } from '../api/two-factor';

export interface TwoFactorSetupProps {
  setup: TotpSetupResponse;
  onEnabled: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}

/** Step 2 of turning two-factor on: the secret for the app, then a code proving it works. */
export function TwoFactorSetup({ setup, onEnabled, onCancel }: TwoFactorSetupProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const mutation = useMutation({
    mutationFn: enableTwoFactor,
    onSuccess: (result) => onEnabled(result.recovery_codes),
  });
  const errors = formErrors(mutation.error, i18n, ['code']);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = code.replace(/\s+/g, '');
    const ok = /^\d{6}$/.test(value);
    setInvalid(!ok);
    if (ok) mutation.mutate(value);
  };

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-5">
      <p className="text-sm text-slate-700">{t('twoFactor.step1')}</p>
      <dl className="space-y-3 rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200">
        <div>
          <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
            {t('twoFactor.url')}
          </dt>
          <dd
            className="mt-1 font-mono text-xs break-all text-slate-900 select-all"
            data-testid="otpauth-url"
          >
            {setup.otpauth_url}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
            {t('twoFactor.secret')}
          </dt>
          <dd
            className="mt-1 font-mono text-sm tracking-widest break-all text-slate-900 select-all"
            data-testid="totp-secret"
          >
            {setup.secret}
          </dd>
        </div>
      </dl>
      <p className="text-sm text-slate-700">{t('twoFactor.step2')}</p>
      <TextField
        label={t('twoFactor.code')}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={8}
        required
        value={code}
        onChange={(event) => {
          setCode(event.target.value);
          setInvalid(false);
        }}
        error={invalid ? t('twoFactor.codeInvalid') : errors.fields.code}
        className="max-w-40 font-mono tracking-widest"
      />
      {errors.form && <FormAlert>{errors.form}</FormAlert>}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" loading={mutation.isPending}>
          {t('twoFactor.enable')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('twoFactor.cancel')}
        </Button>
      </div>
    </form>
  );
}
