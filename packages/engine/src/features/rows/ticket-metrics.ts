import type { PeriodTotals } from '../accumulate/period-totals';
import type { Nulls } from '../types';
import { moneyPer, roundTo } from './numbers';

/** Distinct counts of one aggregate, computed by whoever owns the tickets and customers. */
export interface TicketCounts {
  /** Distinct transIds among sale lines (total > 0). */
  transactions: number;
  /** Distinct transIds among return lines (total < 0). */
  returns: number;
}

export type TicketMetrics = {
  transactions: number;
  returns: number;
  avg_ticket: number | null;
  units_per_transaction: number | null;
  lines_per_transaction: number | null;
};

/**
 * avg_ticket = net revenue / transactions (returns lower it, as they lower the till);
 * units_per_transaction = net units / transactions; lines_per_transaction = sale lines /
 * transactions.
 */
export function ticketMetrics(t: PeriodTotals, counts: TicketCounts, nulls: Nulls | null): TicketMetrics {
  const n = counts.transactions;
  if (n === 0 && nulls !== null) {
    nulls.avg_ticket = 'NO_TRANSACTIONS';
    nulls.units_per_transaction = 'NO_TRANSACTIONS';
    nulls.lines_per_transaction = 'NO_TRANSACTIONS';
  }
  return {
    transactions: n,
    returns: counts.returns,
    avg_ticket: n === 0 ? null : moneyPer(t.revenue, n),
    units_per_transaction: n === 0 ? null : roundTo(t.units / 1000 / n, 3),
    lines_per_transaction: n === 0 ? null : roundTo(t.saleLines / n, 2),
  };
}
