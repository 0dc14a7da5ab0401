import type { Readable } from 'node:stream';
import {
  fieldLabel,
  type MappingSpec,
  REQUIRED_FIELDS,
  type SourceRecord,
  type TableDetection,
  TableProfiler,
} from '@ayni/engine';
import { IngestError } from './ingest-error';
import { readSource, type SourceFormat, type SourceReading } from './source-records';

export interface FileProfile {
  format: SourceFormat;
  detection: TableDetection;
  /** Records after the header: the lines the import will judge. */
  linesTotal: number;
  /** False when `maxRecords` stopped the reading before the file's end. */
  complete: boolean;
}

export interface ProfileOptions {
  open: () => Promise<Readable>;
  sheet: string | null;
  mapping?: MappingSpec;
  /** Stop after this many records (previews); the whole file otherwise. */
  maxRecords?: number;
  onRecords?: (records: number, bytesRead: number) => Promise<void>;
}

/**
 * Pass 1: reads the whole file once, feeding every record to the table profiler, so formats are
 * decided on all values. A file that turns out not to be UTF-8 is read again as Windows-1252.
 */
export async function profileFile(options: ProfileOptions): Promise<FileProfile> {
  let profile = await profileOnce(options, undefined);
  if (profile.invalidUtf8) profile = await profileOnce(options, 'windows-1252');
  return profile;
}

async function profileOnce(options: ProfileOptions, encoding: 'windows-1252' | undefined) {
  const reading = await readSource(await options.open(), { sheet: options.sheet, encoding });
  const profile = new StreamingProfile(reading, options.mapping);
  const limit = options.maxRecords ?? Number.POSITIVE_INFINITY;
  let nextReport = 4096;
  for await (const batch of reading.batches) {
    const room = limit - profile.records;
    profile.addBatch(batch.length > room ? batch.slice(0, room) : batch);
    if (profile.records >= limit) break;
    if (options.onRecords && profile.records >= nextReport) {
      nextReport = profile.records + 4096;
      await options.onRecords(profile.records, reading.bytesRead());
    }
  }
  return profile.result(profile.records < limit);
}

/**
 * The table profiler over one reading of the file, fed batch by batch (by `profileFile`, or by
 * the import while it parses with a detection guessed from the file's start).
 */
export class StreamingProfile {
  private readonly profiler: TableProfiler;
  private readonly firstLines: number[] = [];
  records = 0;

  constructor(
    private readonly reading: SourceReading,
    mapping: MappingSpec | undefined,
  ) {
    this.profiler = new TableProfiler({
      encoding: reading.format.encoding ?? 'utf-8',
      delimiter: reading.format.delimiter,
      mapping,
    });
  }

  /** The next records of the file, in order (`TableProfiler.addBatch`). */
  addBatch(records: readonly SourceRecord[]): void {
    this.profiler.addBatch(records);
    for (let i = 0; i < records.length && this.firstLines.length < 200; i++)
      this.firstLines.push((records[i] as SourceRecord).line);
    this.records += records.length;
  }

  /** Once every record was added (or the limit reached). */
  result(complete = true): FileProfile & { invalidUtf8: boolean } {
    if (this.records === 0)
      throw new IngestError('EMPTY_FILE', 'El archivo no tiene filas.', 'The file has no rows.');
    const detection = this.profiler.result();
    const beforeData = this.firstLines.filter((line) => line <= detection.headerLine).length;
    const format = this.reading.format;
    return {
      format,
      detection,
      linesTotal: this.records - beforeData,
      complete,
      invalidUtf8: this.reading.invalidUtf8() && format.encoding === 'utf-8',
    };
  }
}

function missingRequired(detection: TableDetection) {
  const mapped = new Set(detection.columns.map((c) => c.field));
  return REQUIRED_FIELDS.filter((f) => !mapped.has(f));
}

export const hasRequiredColumns = (detection: TableDetection): boolean =>
  missingRequired(detection).length === 0;

/** The file must feed every required field; otherwise nothing can be imported. */
export function assertRequiredColumns(detection: TableDetection): void {
  const missing = missingRequired(detection);
  if (missing.length === 0) return;
  // Names as the file has them, shortened: a binary file's "header" is noise.
  const names = detection.columns
    .slice(0, 15)
    .map((c) => (c.name.length > 40 ? `${c.name.slice(0, 40)}…` : c.name));
  const headers = `${names.join(', ')}${detection.columns.length > 15 ? ', …' : ''}`;
  const named = (language: 'es' | 'en') => missing.map((field) => fieldLabel(field, language)).join(', ');
  throw new IngestError(
    'MISSING_REQUIRED_COLUMNS',
    `No se encontraron columnas para: ${named('es')}. Columnas del archivo: ${headers}. Indica la asignación de columnas (mapping) y vuelve a subir.`,
    `No columns found for: ${named('en')}. File columns: ${headers}. Give a column mapping and upload again.`,
  );
}
