/**
 * Who the generated demo peers are. Planned so the demo company (retail · small · Región
 * Metropolitana, ~$7 M a month at a ~$7.600 ticket) sits among peers of its own scale, and sees
 * real percentiles at its finest cut under every disclosure rule:
 * retail × small has 24 peers (+ the demo company), retail × RM 26, and each pair of visible
 * cuts differs by at least 10 companies (the differencing guard would hide them otherwise).
 */
export interface PeerGroup {
  industry: string;
  size: string;
  region: string;
  count: number;
  /** Typical monthly net sales (CLP) and average ticket of a company of the group. */
  revenue: number;
  ticket: number;
  margin: number;
}

const RM = 'Región Metropolitana de Santiago';

export const DEMO_PEER_GROUPS: readonly PeerGroup[] = [
  {
    industry: 'retail',
    size: 'small',
    region: RM,
    count: 14,
    revenue: 7_000_000,
    ticket: 8_000,
    margin: 26,
  },
  {
    industry: 'retail',
    size: 'small',
    region: 'Región de Valparaíso',
    count: 5,
    revenue: 6_500_000,
    ticket: 7_500,
    margin: 25,
  },
  {
    industry: 'retail',
    size: 'small',
    region: 'Región del Biobío',
    count: 5,
    revenue: 6_000_000,
    ticket: 7_000,
    margin: 24,
  },
  { industry: 'retail', size: 'micro', region: RM, count: 6, revenue: 3_000_000, ticket: 5_000, margin: 22 },
  {
    industry: 'retail',
    size: 'medium',
    region: RM,
    count: 6,
    revenue: 30_000_000,
    ticket: 11_000,
    margin: 28,
  },
  {
    industry: 'restaurants',
    size: 'small',
    region: RM,
    count: 12,
    revenue: 40_000_000,
    ticket: 16_000,
    margin: 62,
  },
  {
    industry: 'clothing',
    size: 'micro',
    region: 'Región de Valparaíso',
    count: 10,
    revenue: 9_000_000,
    ticket: 24_000,
    margin: 48,
  },
];

/** Monthly seasonality of Chilean retail (Jan…Dec): September holidays and December peak. */
export const SEASON: readonly number[] = [
  0.95, 0.85, 1.0, 0.98, 0.98, 0.97, 0.97, 0.98, 1.2, 1.0, 1.04, 1.35,
];
