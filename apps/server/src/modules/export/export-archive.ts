import { Readable } from 'node:stream';
import { EXPORT_TABLES, type ExportRows, type ExportTable } from '@ayni/db';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { csvPieces } from './csv';
import type { ExportAnalytics } from './export-analytics';

export interface ArchiveInfo {
  company: { id: string; name: string; rut: string };
  exportedAt: Date;
  exportedBy: { id: string; email: string };
}

/** Rows turned into text (and compressed) at a time, per file. */
const ROWS_PER_PIECE = 2000;

/**
 * A JSON array in pieces of at most `rowsPerPiece` rows; joined, exactly
 * `JSON.stringify(rows, null, 2)`.
 */
export function* jsonPieces(
  rows: ReadonlyArray<Record<string, unknown>>,
  rowsPerPiece = ROWS_PER_PIECE,
): Generator<string> {
  if (rows.length === 0) {
    yield '[]';
    return;
  }
  for (let start = 0; start < rows.length; start += rowsPerPiece) {
    const items = rows
      .slice(start, start + rowsPerPiece)
      .map((row) => `  ${JSON.stringify(row, null, 2).replace(/\n/g, '\n  ')}`);
    yield `${start === 0 ? '[\n' : ',\n'}${items.join(',\n')}`;
  }
  yield '\n]';
}

const NO_ANALYTICS: ExportAnalytics = { levels: [], insights: [], notStored: [] };

/** Each file of the archive, as its name and its text in pieces. */
function* archiveFiles(
  rows: ExportRows,
  info: ArchiveInfo,
  analytics: ExportAnalytics,
): Generator<[string, Iterable<string>]> {
  const tables = Object.keys(EXPORT_TABLES) as ExportTable[];
  for (const table of tables) {
    yield [`${table}.csv`, csvPieces(EXPORT_TABLES[table], rows[table], ROWS_PER_PIECE)];
    yield [`${table}.json`, jsonPieces(rows[table])];
  }
  for (const { level, columns, rows: levelRows } of analytics.levels) {
    yield [`levels/${level}.csv`, csvPieces(columns, levelRows, ROWS_PER_PIECE)];
    yield [`levels/${level}.json`, jsonPieces(levelRows)];
  }
  for (const insight of analytics.insights) {
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
      rows: rows[table].length,
      columns: EXPORT_TABLES[table],
      files: [`${table}.csv`, `${table}.json`],
    })),
    levels: analytics.levels.map(({ level, columns, rows: levelRows }) => ({
      name: level,
      rows: levelRows.length,
      columns,
      files: [`levels/${level}.csv`, `levels/${level}.json`],
    })),
    levels_not_stored: analytics.notStored,
    insights: analytics.insights.map(({ section, data_through, computed_at }) => ({
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
      'levels/ holds every feature level the platform stores (one row per level, entity and period); ' +
        'levels_not_stored (one row per line, e.g. product x day) are in the files of each upload (Downloads).',
      'insights/ holds each insight section as computed after the last import.',
    ],
  };
  yield ['manifest.json', [JSON.stringify(manifest, null, 2)]];
}

/** The ZIP's bytes as they are made: a piece of text in, its compressed bytes out. */
function* zipChunks(files: Iterable<[string, Iterable<string>]>, mtime: Date): Generator<Uint8Array> {
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
  for (const [name, pieces] of files) {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    for (const piece of pieces) {
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
 * stored feature level under `levels/`, each insight section under `insights/`, then
 * `manifest.json`. Each file is made and compressed a few thousand rows at a time, only as fast
 * as the client reads, so neither the whole text nor the whole ZIP is ever held in memory (the
 * rows themselves are: they come from one snapshot, read before the download starts).
 */
export function streamExportArchive(
  rows: ExportRows,
  info: ArchiveInfo,
  analytics: ExportAnalytics = NO_ANALYTICS,
): Readable {
  return Readable.from(zipChunks(archiveFiles(rows, info, analytics), info.exportedAt), {
    objectMode: false,
  });
}
