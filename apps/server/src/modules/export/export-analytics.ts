import { type Database, listCompanyInsights, listStoredLevels, storedLevelFields } from '@ayni/db';
import { FEATURE_LEVELS, type FeatureLevel, featuresOfLevel } from '@ayni/engine';

/** One stored feature level of the company: its name and columns (its rows are read as pages). */
export interface StoredLevelColumns {
  level: string;
  columns: string[];
}

/** One stored insight section (`company_insights`), its JSON document as stored. */
export interface ExportInsight {
  section: string;
  data_through: string | null;
  computed_at: string;
  payload: unknown;
}

export interface ExportAnalytics {
  levels: StoredLevelColumns[];
  insights: ExportInsight[];
}

const KEY_COLUMNS = ['entity', 'period', 'period_start', 'period_end'];

/** The catalog's features of the level, then any other field its rows have (never dropped). */
function columnsOf(level: string, fields: readonly string[]): string[] {
  const known = (FEATURE_LEVELS as readonly string[]).includes(level)
    ? featuresOfLevel(level as FeatureLevel)
    : [];
  const columns = [...KEY_COLUMNS, ...known];
  const seen = new Set(columns);
  for (const field of fields) if (!seen.has(field)) columns.push(field);
  return columns;
}

/**
 * The stored feature levels of the company (names and columns; their rows are read page by page
 * while the archive is written) and every insight section (one JSON document each, small), in
 * its scope and the export's snapshot. Sequential: one transaction, one connection.
 */
export async function readExportAnalytics(tx: Database, companyId: string): Promise<ExportAnalytics> {
  const levels: StoredLevelColumns[] = [];
  for (const level of await listStoredLevels(tx, companyId)) {
    levels.push({ level, columns: columnsOf(level, await storedLevelFields(tx, companyId, level)) });
  }
  const insights = (await listCompanyInsights(tx, companyId))
    .map((row) => ({
      section: row.section,
      data_through: row.dataThrough,
      computed_at: row.computedAt.toISOString(),
      payload: row.payload,
    }))
    .sort((a, b) => a.section.localeCompare(b.section));
  return { levels, insights };
}
