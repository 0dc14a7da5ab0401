import { saleLine } from '../lines.testkit';

/** Two branches on a winter Saturday (−04:00), no customers, one commission, one return. */
export const LINES = [
  saleLine('2025-05-10T10:00-04:00', 'T1', 'A', 1, 1000, { location: 'Centro', category: 'Pan' }),
  saleLine('2025-05-10T10:00-04:00', 'T1', 'B', 1, 500, { location: 'Centro' }),
  saleLine('2025-05-10T11:00-04:00', 'T2', 'A', 2, 2000, {
    location: 'Norte',
    category: 'Pan',
    commission: 100,
  }),
  saleLine('2025-05-10T17:00-04:00', 'T3', 'A', -1, -1000, { location: 'Norte', category: 'Pan' }),
];

export const EXPECTED_LOCATIONS = [
  {
    location: 'Centro',
    period: '2025-05',
    revenue: 1500,
    transactions: 1,
    returns: 0,
    avg_ticket: 1500,
    customers: 0,
    commission: null,
    nulls: { commission: 'NO_COMMISSION_DATA' },
  },
  {
    location: 'Norte',
    period: '2025-05',
    revenue: 1000, // 2000 − 1000
    units: 1,
    transactions: 1,
    returns: 1,
    avg_ticket: 1000,
    commission: 100,
  },
];

export const EXPECTED_CATEGORIES = [
  { category: 'Pan', period: '2025-05', revenue: 2000, lines: 3, revenue_share_pct: 80 }, // of 2500
  { category: null, period: '2025-05', revenue: 500, lines: 1, revenue_share_pct: 20 },
];

export const EXPECTED_DAY = {
  period: '2025-05-10',
  revenue: 2500,
  transactions: 2,
  returns: 1,
  customers: 0,
  new_customers: 0,
  commission: 100,
};
