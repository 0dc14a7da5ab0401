import { cx } from '../../../components/cx';
import { useI18n } from '../../../lib/i18n/use-i18n';

export const MIN_PASSWORD_LENGTH = 10;

/**
 * The server's password rules, shown under a new-password field. Length is checked as the user
 * types; "not common, not your e-mail" only the server can tell.
 */
export function PasswordRules({ password }: { password: string }) {
  const { t } = useI18n();
  const longEnough = [...password].length >= MIN_PASSWORD_LENGTH;
  return (
    <div>
      <p>{t('password.rulesTitle')}</p>
      <ul className="mt-1 space-y-0.5">
        <li className={cx('flex items-center gap-1.5', longEnough && 'text-emerald-700')}>
          <span aria-hidden="true">{longEnough ? '✓' : '•'}</span>
          {t('password.ruleLength')}
          {longEnough && <span className="sr-only"> ({t('password.ruleMet')})</span>}
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true">•</span>
          {t('password.ruleCommon')}
        </li>
      </ul>
    </div>
  );
}
