import type { Database } from '../client';
import { featureRows } from '../schema';

/**
 * Writes generated company-wide feature rows for a demo peer (in its own company scope). Real
 * companies' rows come only from their sales (recompute-features); this is for seeds.
 */
export async function insertGeneratedFeatureRows(
  db: Database,
  companyId: string,
  rows: readonly { level: string; period: string; periodStart: string; periodEnd: string; values: unknown }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  await db.insert(featureRows).values(
    rows.map((r) => ({
      companyId,
      level: r.level,
      entity: '',
      period: r.period,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      values: r.values,
    })),
  );
  return rows.length;
}
