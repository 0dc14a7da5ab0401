import { Readable } from 'node:stream';
import { EXPORT_TABLES, type ExportRows, type ExportTable } from '@ayni/db';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { csvPagePieces } from './csv';
import { type ExportLevel, type ExportSource, type PageReader, rowsSource } from './export-source';
import { jsonPagePieces } from './json';

export { jsonPieces } from './json';

export interface ArchiveInfo {
  company: { id: string; name: string; rut: string };
  exportedAt: Date;
  exportedBy: { id: string; email: string };
}

type Pieces = AsyncIterable<string> | Iterable<string>;

/** The pages of `read`, counting their rows into `count.rows` as they pass. */
async function* counting(read: PageReader, count: { rows: number }) {
  for await (const page of read()) {
    count.rows += page.length;
    yield page;
  }
}

/** Each file of the archive, as its name and its text in pieces; the manifest last. */
async function* archiveFiles(source: ExportSource, info: ArchiveInfo): AsyncGenerator<[string, Pieces]> {
  const tables = Object.keys(EXPORT_TABLES) as ExportTable[];
  const tableRows = new Map<ExportTable, number>();
  for (const table of tables) {
    const count = { rows: 0 };
    yield [`${table}.csv`, csvPagePieces(EXPORT_TABLES[table], counting(source.tables[table], count))];
    tableRows.set(table, count.rows);
    yield [`${table}.json`, jsonPagePieces(source.tables[table]())];
  }
  const levels: Array<{ level: ExportLevel; rows: number }> = [];
  async function* levelFiles(level: ExportLevel): AsyncGenerator<[string, Pieces]> {
    const count = { rows: 0 };
    yield [`levels/${level.level}.csv`, csvPagePieces(level.columns, counting(level.pages, count))];
    levels.push({ level, rows: count.rows });
    yield [`levels/${level.level}.json`, jsonPagePieces(level.pages())];
  }
  for (const level of source.levels) yield* levelFiles(level);
  for (const level of await source.lineLevels()) yield* levelFiles(level);
  for (const insight of source.insights) {
    yield [`insights/${insight.section}.json`, [JSON.stringify(insight, null, 2)]];
  }
  const manifest = {
    format: 'ayni-company-export',
    version: 1,
    company: info.company,
    exported_at: info.exportedAt.toISOString(),
    exported_by: info.exportedBy,
    tables: tables.map((table) => ({
      name: table,
      rows: tableRows.get(table) ?? 0,
      columns: EXPORT_TABLES[table],
      files: [`${table}.csv`, `${table}.json`],
    })),
    levels: levels.map(({ level, rows }) => ({
      name: level.level,
      origin: level.origin,
      rows,
      columns: level.columns,
      files: [`levels/${level.level}.csv`, `levels/${level.level}.json`],
    })),
    // Every level is in levels/ (kept for readers of the first manifests).
    levels_not_stored: [],
    insights: source.insights.map(({ section, data_through, computed_at }) => ({
      section,
      data_through,
      computed_at,
      file: `insights/${section}.json`,
    })),
    notes: [
      'Times are UTC (ISO 8601); amounts are CLP.',
      'The JSON files hold the exact values. In the CSV files, text that starts with = + - @, a tab or a carriage return is ' +
        "prefixed with ' so spreadsheets do not run it as a formula.",
      'Password hashes, two-factor secrets and invitation tokens are never exported.',
      'levels/ holds every feature level: those the platform stores (origin "stored": one row per level, entity and ' +
        'period) and those with about one row per line (origin "computed": product_day, customer_day, ' +
        'customer_month), computed from sale_lines while this archive was written.',
      'insights/ holds each insight section as computed after the last import.',
    ],
  };
  yield ['manifest.json', [JSON.stringify(manifest, null, 2)]];
}

/** The ZIP's bytes as they are made: a piece of text in, its compressed bytes out. */
async function* zipChunks(files: AsyncIterable<[string, Pieces]>, mtime: Date): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  // fflate's synchronous DEFLATE: every push hands its output to this callback before returning.
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else if (chunk.length > 0) ready.push(chunk);
  });
  function* drain(): Generator<Uint8Array> {
    if (failure) throw failure;
    yield* ready.splice(0);
  }
  for await (const [name, pieces] of files) {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    for await (const piece of pieces) {
      entry.push(strToU8(piece));
      yield* drain();
    }
    entry.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}

/**
 * The ZIP of a company export, streamed: `<table>.csv` and `<table>.json` per table, the same per
 * feature level under `levels/`, each insight section under `insights/`, then `manifest.json`.
 * Pull-driven: a page of rows is read (from PostgreSQL, for a snapshot source) only when the
 * client has taken what the previous one became, so memory holds a page per file being written,
 * never a table, a file or the ZIP.
 */
export function streamExportArchive(source: ExportSource | ExportRows, info: ArchiveInfo): Readable {
  const from = 'tables' in source ? (source as ExportSource) : rowsSource(source as ExportRows);
  return Readable.from(zipChunks(archiveFiles(from, info), info.exportedAt), { objectMode: false });
}
