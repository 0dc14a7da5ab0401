import { EXPORT_TABLES, type ExportRows, type ExportTable } from '@ayni/db';
import { strToU8, type Zippable, zipSync } from 'fflate';
import { toCsv } from './csv';

export interface ArchiveInfo {
  company: { id: string; name: string; rut: string };
  exportedAt: Date;
  exportedBy: { id: string; email: string };
}

/** The ZIP of a company export: `<table>.csv` and `<table>.json` per table, and `manifest.json`. */
export function buildExportArchive(rows: ExportRows, info: ArchiveInfo): Uint8Array {
  const files: Zippable = {};
  const tables = Object.keys(EXPORT_TABLES) as ExportTable[];
  for (const table of tables) {
    files[`${table}.csv`] = strToU8(toCsv(EXPORT_TABLES[table], rows[table]));
    files[`${table}.json`] = strToU8(JSON.stringify(rows[table], null, 2));
  }
  const manifest = {
    format: 'ayni-company-export',
    version: 1,
    company: info.company,
    exported_at: info.exportedAt.toISOString(),
    exported_by: info.exportedBy,
    tables: tables.map((table) => ({
      name: table,
      rows: rows[table].length,
      columns: EXPORT_TABLES[table],
      files: [`${table}.csv`, `${table}.json`],
    })),
    notes: [
      'Times are UTC (ISO 8601); amounts are CLP.',
      'The JSON files hold the exact values. In the CSV files, text that starts with = + - or @ is ' +
        "prefixed with ' so spreadsheets do not run it as a formula.",
      'Password hashes, two-factor secrets and invitation tokens are never exported.',
    ],
  };
  files['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2));
  return zipSync(files, { level: 6, mtime: info.exportedAt });
}
