/**
 * Who the generated demo peers are. Planned so the demo company (retail · small · Región
 * Metropolitana) sees real percentiles at its finest cut under every disclosure rule:
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
    revenue: 32_000_000,
    ticket: 9_000,
    margin: 26,
  },
  {
    industry: 'retail',
    size: 'small',
    region: 'Región de Valparaíso',
    count: 5,
    revenue: 26_000_000,
    ticket: 8_000,
    margin: 25,
  },
  {
    industry: 'retail',
    size: 'small',
    region: 'Región del Biobío',
    count: 5,
    revenue: 24_000_000,
    ticket: 7_500,
    margin: 24,
  },
  { industry: 'retail', size: 'micro', region: RM, count: 6, revenue: 7_000_000, ticket: 5_500, margin: 22 },
  {
    industry: 'retail',
    size: 'medium',
    region: RM,
    count: 6,
    revenue: 120_000_000,
    ticket: 14_000,
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
