import {
  EXPORT_TABLES,
  type ExportRows,
  type ExportTable,
  exportTablePages,
  type PagedExportTable,
  type SmallExportTable,
  storedLevelPages,
} from '@ayni/db';
import type { ExportAnalytics, ExportInsight } from './export-analytics';
import type { ExportSnapshot } from './export-snapshot';
import { inPages, ROWS_PER_PIECE } from './json';
import { computeLineLevels } from './line-levels';

export type ExportRow = Record<string, unknown>;
/** A table's rows a page at a time; called once per file that reads them (CSV, then JSON). */
export type PageReader = () => AsyncIterable<readonly ExportRow[]>;

/** Rows read from PostgreSQL per query (one page held at a time per file being written). */
export const EXPORT_PAGE_ROWS = ROWS_PER_PIECE;

export interface ExportLevel {
  level: string;
  /** `stored`: the platform's feature rows; `computed`: from the lines, while the archive is written. */
  origin: 'stored' | 'computed';
  columns: string[];
  pages: PageReader;
}

/** What the archive holds, each part read only when its file is written. */
export interface ExportSource {
  tables: Record<ExportTable, PageReader>;
  levels: ExportLevel[];
  /** The per-line levels: a pass over every line, made when the archive reaches them. */
  lineLevels: () => Promise<ExportLevel[]>;
  insights: ExportInsight[];
}

async function* pagesOf(rows: readonly ExportRow[]): AsyncGenerator<ExportRow[]> {
  yield* inPages(rows, EXPORT_PAGE_ROWS);
}

/** An archive of rows already in memory (tests, small fixtures): no levels computed from lines. */
export function rowsSource(rows: ExportRows): ExportSource {
  const tables = Object.fromEntries(
    (Object.keys(EXPORT_TABLES) as ExportTable[]).map((table) => [table, () => pagesOf(rows[table])]),
  ) as unknown as Record<ExportTable, PageReader>;
  return { tables, levels: [], lineLevels: async () => [], insights: [] };
}

/**
 * The company's archive from the export's snapshot: the small tables as read up front, the
 * paged ones (sale lines, audit log) and every stored level page by page, the per-line levels
 * from the engine, all on the snapshot's one connection (files are written one after another).
 */
export function snapshotSource(
  snapshot: ExportSnapshot,
  companyId: string,
  small: Record<SmallExportTable, ExportRow[]>,
  analytics: ExportAnalytics,
): ExportSource {
  const paged = (table: PagedExportTable) => () =>
    exportTablePages(snapshot.db, companyId, table, EXPORT_PAGE_ROWS);
  const whole = (table: SmallExportTable) => () => pagesOf(small[table]);
  return {
    tables: {
      company: whole('company'),
      locations: whole('locations'),
      members: whole('members'),
      invitations: whole('invitations'),
      sale_lines: paged('sale_lines'),
      daily_sales: whole('daily_sales'),
      audit_log: paged('audit_log'),
    },
    levels: analytics.levels.map(({ level, columns }) => ({
      level,
      origin: 'stored',
      columns,
      pages: async function* () {
        for await (const page of storedLevelPages(snapshot.db, companyId, level, EXPORT_PAGE_ROWS))
          yield page.map(({ values, ...key }) => ({ ...values, ...key }));
      },
    })),
    lineLevels: () => computeLineLevels(snapshot.client, companyId),
    insights: analytics.insights,
  };
}
