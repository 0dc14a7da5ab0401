import type { Upload } from '@ayni/contracts';
import type { AyniClient } from './ayni-client';
import { type BenchDatabase, saleLineTotals } from './bench-database';
import type { PosExportStats } from './generate-pos-export';
import type { Check } from './report';

export const closeEnough = (a: number, b: number) => Math.abs(a - b) < 0.5;

export async function verify(
  client: AyniClient,
  upload: Upload,
  stats: PosExportStats,
  companyId: string,
  database: BenchDatabase | null,
): Promise<Check[]> {
  const checks: Check[] = [
    { name: 'status', expected: 'completed', actual: upload.status, ok: upload.status === 'completed' },
    {
      name: 'rows.accepted',
      expected: stats.lines,
      actual: upload.rows.accepted,
      ok: upload.rows.accepted === stats.lines,
    },
    { name: 'rows.rejected', expected: 0, actual: upload.rows.rejected, ok: upload.rows.rejected === 0 },
  ];
  const revenue = await client.dashboardSummary(companyId).then(
    (summary) => summary.kpis.revenue,
    (err: Error) => `error: ${err.message.slice(0, 200)}`,
  );
  checks.push({
    name: 'dashboard revenue',
    expected: stats.netTotal,
    actual: revenue,
    ok: typeof revenue === 'number' && closeEnough(revenue, stats.netTotal),
  });
  if (database) {
    const stored = await saleLineTotals(database.url, companyId);
    checks.push(
      {
        name: 'sale_lines count',
        expected: stats.lines,
        actual: stored.lines,
        ok: stored.lines === stats.lines,
      },
      {
        name: 'sale_lines sum(total)',
        expected: stats.netTotal,
        actual: stored.total,
        ok: closeEnough(stored.total, stats.netTotal),
      },
      {
        name: 'sale_lines returns',
        expected: stats.creditNoteLines,
        actual: stored.returnLines,
        ok: stored.returnLines === stats.creditNoteLines,
      },
    );
  }
  return checks;
}
