import type { Account, TotpSetupResponse } from '@ayni/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { Badge, Section } from '../../../components/section';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { accountQueryKey } from '../api/account';
import { setupTwoFactor } from '../api/two-factor';
import { TwoFactorDisable } from './two-factor-disable';
import { TwoFactorSetup } from './two-factor-setup';

/** Two-step verification: start setup → confirm a code → recovery codes (once) → or turn it off. */
export function TwoFactorSection({ account }: { account: Account }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const [setup, setSetup] = useState<TotpSetupResponse | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const start = useMutation({ mutationFn: setupTwoFactor, onSuccess: setSetup });
  const refresh = () => queryClient.invalidateQueries({ queryKey: accountQueryKey });

  const onEnabled = (recoveryCodes: string[]) => {
    setSetup(null);
    setCodes(recoveryCodes);
    setNotice(t('twoFactor.enabledDone'));
    void refresh();
  };
  const onDisabled = () => {
    setNotice(t('twoFactor.disabledDone'));
    void refresh();
  };

  const enabled = account.two_factor_enabled;
  let body: ReactNode;
  if (codes) {
    body = (
      <div className="space-y-4">
        <FormAlert tone="success">{notice}</FormAlert>
        <h3 className="text-sm font-semibold text-slate-900">{t('twoFactor.recoveryTitle')}</h3>
        <p className="text-sm text-slate-600">{t('twoFactor.recoveryBody')}</p>
        <ul
          aria-label={t('twoFactor.recoveryList')}
          className="grid grid-cols-2 gap-2 rounded-xl bg-slate-50 p-4 font-mono text-sm ring-1 ring-slate-200"
        >
          {codes.map((code) => (
            <li key={code} className="select-all">
              {code}
            </li>
          ))}
        </ul>
        <Button onClick={() => setCodes(null)}>{t('twoFactor.recoveryDone')}</Button>
      </div>
    );
  } else if (setup) {
    body = <TwoFactorSetup setup={setup} onEnabled={onEnabled} onCancel={() => setSetup(null)} />;
  } else if (enabled) {
    body = <TwoFactorDisable key="disable" onDisabled={onDisabled} />;
  } else {
    body = (
      <Button loading={start.isPending} onClick={() => start.mutate()}>
        {t('twoFactor.start')}
      </Button>
    );
  }

  return (
    <Section
      title={t('twoFactor.title')}
      description={t('twoFactor.body')}
      aside={
        <Badge tone={enabled ? 'good' : 'neutral'}>{enabled ? t('twoFactor.on') : t('twoFactor.off')}</Badge>
      }
    >
      <div className="space-y-4">
        {notice && !codes && <FormAlert tone="success">{notice}</FormAlert>}
        {start.isError && <FormAlert>{errorMessage(start.error, i18n)}</FormAlert>}
        {body}
      </div>
    </Section>
  );
}
