import { describe, expect, it } from 'vitest';
import { generateDemoPeers } from './demo-peers';
import { generateDemoSales } from './demo-sales';

const options = { seed: 20251008, endDate: '2025-10-07', months: 18 };

describe('generateDemoPeers', () => {
  const peers = generateDemoPeers(options);

  it('is deterministic', () => {
    expect(generateDemoPeers(options)).toEqual(peers);
  });

  it("puts at least 12 peers in the demo company's cohort (retail · small), several industries and regions", () => {
    const retailSmall = peers.filter((p) => p.industry === 'retail' && p.size === 'small');
    expect(retailSmall.length).toBeGreaterThanOrEqual(12);
    expect(new Set(peers.map((p) => p.industry)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(peers.map((p) => p.region)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(peers.map((p) => p.rut)).size).toBe(peers.length);
    expect(peers.every((p) => p.name.includes('datos de ejemplo'))).toBe(true);
  });

  it('surrounds the demo company with peers of its scale: its month sits inside their middle half', () => {
    const demo = generateDemoSales(options);
    const month = '2025-08';
    const sold = demo.filter((l) => l.localTime.startsWith(month));
    const revenue = sold.reduce((a, l) => a + l.total, 0);
    const ticket = revenue / new Set(sold.filter((l) => !l.isReturn).map((l) => l.documentId)).size;
    const cohort = peers
      .filter((p) => p.industry === 'retail' && p.size === 'small')
      .map((p) => p.rows.find((r) => r.level === 'month' && r.period === month)?.values ?? {});
    const quartiles = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return [sorted[Math.floor(sorted.length / 4)], sorted[Math.floor((sorted.length * 3) / 4)]] as [
        number,
        number,
      ];
    };
    const [low, high] = quartiles(cohort.map((v) => v.revenue as number));
    expect(revenue).toBeGreaterThan(low);
    expect(revenue).toBeLessThan(high);
    const [lowTicket, highTicket] = quartiles(cohort.map((v) => v.avg_ticket as number));
    expect(ticket).toBeGreaterThan(lowTicket);
    expect(ticket).toBeLessThan(highTicket);
    // Customers who come back: the demo is among the loyal shops, not beyond every peer.
    const firstMonth = new Map<string, string>();
    for (const l of demo.filter((l) => l.customerId !== null && !l.isReturn)) {
      const at = l.localTime.slice(0, 7);
      if ((firstMonth.get(l.customerId as string) ?? '9999') > at) firstMonth.set(l.customerId as string, at);
    }
    const buyers = new Set(
      sold.filter((l) => !l.isReturn).flatMap((l) => (l.customerId ? [l.customerId] : [])),
    );
    const returning = [...buyers].filter((c) => (firstMonth.get(c) as string) < month).length / buyers.size;
    const shares = cohort.map((v) => (v.returning_customers as number) / (v.customers as number));
    expect(returning).toBeGreaterThan(Math.min(...shares));
    expect(returning).toBeLessThan(Math.max(...shares));
  });

  it('covers the demo months, partial at both ends like the demo data', () => {
    const months = (peers[0]?.rows ?? []).filter((r) => r.level === 'month');
    expect(months.map((r) => r.period)).toHaveLength(19); // 2024-04 … 2025-10
    expect(months[0]).toMatchObject({
      period: '2024-04',
      periodStart: '2024-04-01',
      periodEnd: '2024-04-30',
    });
    expect(months[0]?.values.partial).toBe(true);
    expect(months[18]?.values.partial).toBe(true);
    expect(months[5]?.values.partial).toBe(false);
  });

  it('keeps figures consistent: ticket = revenue / transactions, yoy only with a full year-earlier month', () => {
    for (const peer of peers)
      for (const row of peer.rows) {
        const v = row.values as Record<string, number>;
        expect(v.avg_ticket).toBeCloseTo((v.revenue as number) / (v.transactions as number), 1);
        expect(v.gross_sales).toBe((v.revenue as number) + (v.returned_amount as number));
      }
    const months = (peers[0]?.rows ?? []).filter((r) => r.level === 'month');
    expect(months.find((r) => r.period === '2025-04')?.values.revenue_yoy_pct).toBeNull(); // 2024-04 was partial
    const may = months.find((r) => r.period === '2025-05')?.values;
    const lastMay = months.find((r) => r.period === '2024-05')?.values;
    expect(may?.revenue_yoy_pct).toBeCloseTo(
      (((may?.revenue as number) - (lastMay?.revenue as number)) / (lastMay?.revenue as number)) * 100,
      1,
    );
  });

  it('writes quarters only when all three months are there', () => {
    const quarters = (peers[0]?.rows ?? []).filter((r) => r.level === 'quarter').map((r) => r.period);
    expect(quarters).toEqual(['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3']);
  });
});
