import { es, type MessageKey } from '../../../lib/i18n/messages-es';
import { useI18n } from '../../../lib/i18n/use-i18n';

/**
 * Words for the codes of a customer's profile (`lifecycle_stage: at_risk`, `preferred_day_part:
 * tarde`): `undefined` for a field or code without words, which is then shown as given.
 */
export function useCustomerWords() {
  const { t } = useI18n();
  return (field: string, value: string): string | undefined => {
    const key = `explorer.customer.${field}.${value}`;
    return key in es ? t(key as MessageKey) : undefined;
  };
}
