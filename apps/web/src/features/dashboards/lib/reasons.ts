import type { MessageKey } from '../../../lib/i18n/messages-es';

/** The catalog's words for a null's reason (`NO_COST_DATA`...); unknown codes get a generic one. */
export function reasonKey(reason: string | null | undefined): MessageKey {
  const key = `dashboards.reason.${reason ?? 'unknown'}`;
  return (KNOWN.has(key) ? key : 'dashboards.reason.unknown') as MessageKey;
}

const KNOWN: ReadonlySet<string> = new Set(
  [
    'NO_COST_DATA',
    'NO_DISCOUNT_DATA',
    'NO_COMMISSION_DATA',
    'NO_TRANSACTIONS',
    'NO_REVENUE',
    'NO_SALES',
    'NO_UNITS',
    'NO_PREVIOUS_PERIOD',
    'NO_SAME_PERIOD_LAST_YEAR',
    'NOT_DERIVABLE_FOR_RANGE',
    'NO_CUSTOMER_DATA',
    'ZERO_BASE',
    'NO_CURRENT_VALUE',
    'NOT_COMPUTABLE',
  ].map((code) => `dashboards.reason.${code}`),
);
