import type { Upload, UploadDetected, UploadRows } from '@ayni/contracts';
import type { UploadRow } from '@ayni/db';
import type { TableDetection } from '@ayni/engine';
import type { SourceFormat } from './import/source-records';

const NO_ROWS: UploadRows = {
  total: 0,
  accepted: 0,
  rejected: 0,
  warnings: 0,
  skipped: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  deleted: 0,
};

export function detectedView(
  format: SourceFormat,
  detection: TableDetection,
  template: { id: string; name: string } | null,
): UploadDetected {
  return {
    format: format.format,
    compressed: format.compressed,
    encoding: format.encoding,
    delimiter: format.delimiter,
    header_line: detection.headerLine,
    columns: detection.columns.map((c) => ({
      index: c.index,
      name: c.name,
      field: c.field,
      confidence: Math.round(c.confidence * 100) / 100,
      type: c.type,
      number: c.number,
      date: c.date,
    })),
    warnings: detection.warnings,
    template,
  };
}

/** The API shape of an upload. `lang` picks the error message's language. */
export function uploadView(row: UploadRow, lang: 'es' | 'en' = 'en'): Upload {
  const view: Upload = {
    id: row.id,
    company_id: row.companyId,
    filename: row.filename,
    size_bytes: row.sizeBytes,
    status: row.status as Upload['status'],
    progress: row.progress,
    mode: row.mode === 'replace' ? 'replace' : 'append',
    location: row.locationName,
    lines_processed: row.linesProcessed,
    lines_total: row.linesTotal,
    created_at: row.createdAt.toISOString(),
    started_at: row.startedAt?.toISOString() ?? null,
    finished_at: row.finishedAt?.toISOString() ?? null,
    rows: { ...NO_ROWS, ...((row.rows as Partial<UploadRows> | null) ?? {}) },
    detected: (row.detected as UploadDetected | null) ?? null,
  };
  if (row.errorCode) {
    view.error = {
      code: row.errorCode,
      message: (lang === 'es' ? row.errorMessageEs : row.errorMessage) ?? row.errorMessage ?? row.errorCode,
      message_es: row.errorMessageEs ?? undefined,
    };
  }
  return view;
}
