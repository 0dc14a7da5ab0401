import type { LocationSales, MetricPeriod } from '@ayni/contracts';
import { hasIdentifiedCustomers, inCompany } from '@ayni/db';
import { FEATURE_CATALOG } from '@ayni/engine';
import type { ServiceContext } from '../../lib/context';

/**
 * The period features that count identified customers, and the growth of their count. A
 * company whose lines never name a customer stores 0 in them (the engine cannot tell "none
 * identified" from "none came"); the API shows them as unknown instead, with the reason.
 */
export const CUSTOMER_COUNT_FIELDS: readonly string[] = [
  ...FEATURE_CATALOG.filter((f) => f.group === 'customers').map((f) => f.name),
  'customers_growth_pct',
  'customers_yoy_pct',
];

export const NO_CUSTOMER_DATA = 'NO_CUSTOMER_DATA';

/** `period` with its customer counts null, each with the reason `NO_CUSTOMER_DATA`. */
export function withoutCustomerCounts<T extends MetricPeriod>(period: T): T {
  const row = { ...period } as Record<string, unknown>;
  const nulls = { ...((row.nulls as Record<string, string> | undefined) ?? {}) };
  for (const field of CUSTOMER_COUNT_FIELDS) {
    if (!(field in row)) continue;
    row[field] = null;
    nulls[field] = NO_CUSTOMER_DATA;
  }
  return { ...row, nulls } as T;
}

/** A branch's sales with its customer count null (`NO_CUSTOMER_DATA`). */
export const withoutCustomerCount = (branch: LocationSales): LocationSales => ({
  ...branch,
  customers: null,
  nulls: { ...branch.nulls, customers: NO_CUSTOMER_DATA },
});

/** Whether any line of the company names its customer. */
export const companyHasCustomers = (ctx: ServiceContext): Promise<boolean> =>
  inCompany(ctx.db, ctx.companyId, (tx) => hasIdentifiedCustomers(tx, ctx.companyId));
