import {
  type Database,
  listCompanyInsights,
  listStoredLevelRows,
  listStoredLevels,
  type StoredLevelRow,
} from '@ayni/db';
import { FEATURE_LEVELS, type FeatureLevel, featuresOfLevel } from '@ayni/engine';

/** One stored feature level of the company, as a table: key columns, then its features. */
export interface ExportLevelTable {
  level: string;
  columns: string[];
  rows: Array<Record<string, unknown>>;
}

/** One stored insight section (`company_insights`), its JSON document as stored. */
export interface ExportInsight {
  section: string;
  data_through: string | null;
  computed_at: string;
  payload: unknown;
}

export interface ExportAnalytics {
  levels: ExportLevelTable[];
  insights: ExportInsight[];
  /** Engine levels the server does not store (as many rows as lines): in each upload's files. */
  notStored: string[];
}

const KEY_COLUMNS = ['entity', 'period', 'period_start', 'period_end'];

/** As many rows as lines: the server never stores them (ARCHITECTURE.md, "Features"). */
const PER_LINE_LEVELS: readonly FeatureLevel[] = ['product_day', 'customer_day', 'customer_month'];

/** The catalog's features of the level, then any other field the rows have (never dropped). */
function columnsOf(level: string, rows: readonly StoredLevelRow[]): string[] {
  const known = (FEATURE_LEVELS as readonly string[]).includes(level)
    ? featuresOfLevel(level as FeatureLevel)
    : [];
  const columns = [...KEY_COLUMNS, ...known];
  const seen = new Set(columns);
  for (const row of rows)
    for (const key of Object.keys(row.values)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  return columns;
}

/**
 * Every stored feature level and every insight section of the company (run in its scope, in
 * the export's snapshot). Sequential: one transaction, one connection.
 */
export async function readExportAnalytics(tx: Database, companyId: string): Promise<ExportAnalytics> {
  const levels: ExportLevelTable[] = [];
  for (const level of await listStoredLevels(tx, companyId)) {
    const stored = await listStoredLevelRows(tx, companyId, level);
    levels.push({
      level,
      columns: columnsOf(level, stored),
      rows: stored.map(({ values, ...key }) => ({ ...values, ...key })),
    });
  }
  const insights = (await listCompanyInsights(tx, companyId))
    .map((row) => ({
      section: row.section,
      data_through: row.dataThrough,
      computed_at: row.computedAt.toISOString(),
      payload: row.payload,
    }))
    .sort((a, b) => a.section.localeCompare(b.section));
  return { levels, insights, notStored: [...PER_LINE_LEVELS] };
}
