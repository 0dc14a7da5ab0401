import { Readable } from 'node:stream';
import {
  ByteDecoder,
  CsvRecordReader,
  type Delimiter,
  detectDelimiter,
  detectEncoding,
  replaceNul,
  type SourceRecord,
  type TextEncodingName,
} from '@ayni/engine';
import { iterable, peek, releasing } from '../sources/byte-chunks';
import { maybeGunzip } from '../sources/sniff-format';
import { BINARY_CONTROL_SHARE, MAX_COLUMNS } from '../sources/source-limits';
import { readXlsxRows } from '../sources/xlsx-rows';
import { IngestError } from './ingest-error';

const SAMPLE_BYTES = 64 * 1024;

export interface SourceFormat {
  format: 'csv' | 'xlsx';
  compressed: boolean;
  encoding: TextEncodingName | null;
  delimiter: Delimiter | null;
}

export interface SourceReading {
  format: SourceFormat;
  /** Records in file order, in the batches they were decoded in (cheaper to loop over). */
  batches: AsyncIterable<SourceRecord[]>;
  /** The same records one by one; use either this or `batches`, not both. */
  records: AsyncIterable<SourceRecord>;
  /** Bytes of the stored file consumed so far (before decompression), for progress. */
  bytesRead(): number;
  /** True once a file read as UTF-8 showed invalid sequences: it is really Windows-1252. */
  invalidUtf8(): boolean;
}

const XLSX_BATCH = 1024;

/** Groups rows read one at a time (XLSX) into batches; NULs become U+FFFD as in text files. */
async function* batchesOf(records: AsyncIterable<SourceRecord>): AsyncGenerator<SourceRecord[]> {
  let batch: SourceRecord[] = [];
  for await (const record of records) {
    assertColumns(record);
    if (record.raw.includes('\u0000')) {
      record.cells = record.cells.map(replaceNul);
      record.raw = replaceNul(record.raw);
    }
    batch.push(record);
    if (batch.length >= XLSX_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** A record with more than MAX_COLUMNS cells ends the read: every later stage is per column. */
function assertColumns(record: SourceRecord): void {
  if (record.cells.length <= MAX_COLUMNS) return;
  throw new IngestError(
    'TOO_MANY_COLUMNS',
    `La fila ${record.line} tiene ${record.cells.length} columnas; el máximo es ${MAX_COLUMNS}. Revisa el separador o sube solo las columnas de ventas.`,
    `Row ${record.line} has ${record.cells.length} columns; the maximum is ${MAX_COLUMNS}. Check the delimiter or upload only the sales columns.`,
  );
}

/** Control characters (not tab or line breaks) and undecodable bytes: many of them = binary. */
function looksBinary(text: string): boolean {
  let suspicious = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) suspicious++;
  }
  return suspicious >= 16 && suspicious > text.length * BINARY_CONTROL_SHARE;
}

async function* flatten(batches: AsyncIterable<SourceRecord[]>): AsyncGenerator<SourceRecord> {
  for await (const batch of batches) yield* batch;
}

function sniff(head: Buffer): 'gzip' | 'xlsx' | 'text' {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return 'xlsx';
  return 'text';
}

/**
 * Opens a stored file as records: gzip is undone, XLSX rows come from the sheet, text is decoded
 * (encoding and delimiter detected from its first 64 KB unless given) and split into records.
 */
export async function readSource(input: Readable, options: ReadOptions = {}): Promise<SourceReading> {
  try {
    return await openSource(input, options);
  } catch (err) {
    input.destroy(); // a file refused before its records were asked for
    throw err;
  }
}

interface ReadOptions {
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
  sheet?: string | null;
}

async function openSource(input: Readable, options: ReadOptions): Promise<SourceReading> {
  let consumed = 0;
  let invalid = false;
  async function* counted() {
    for await (const chunk of input) {
      consumed += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  }
  let { head, rest } = await peek(counted(), 8);
  const compressed = sniff(head) === 'gzip';
  if (compressed) {
    // Bombs (GZIP_TOO_LARGE) and corrupt data (GZIP_UNREADABLE) fail the stream as file errors.
    const gunzipped = maybeGunzip(Readable.from(iterable(rest), { objectMode: false }), head);
    ({ head, rest } = await peek(gunzipped[Symbol.asyncIterator](), SAMPLE_BYTES));
  } else {
    ({ head, rest } = await peek(rest, SAMPLE_BYTES));
  }
  if (head.length === 0) throw new IngestError('EMPTY_FILE', 'El archivo está vacío.', 'The file is empty.');

  if (sniff(head) === 'xlsx') {
    const rows = readXlsxRows(Readable.from(iterable(rest), { objectMode: false }), {
      sheet: options.sheet ?? undefined,
    });
    const batches = releasing(input, batchesOf(rows));
    return {
      format: { format: 'xlsx', compressed, encoding: null, delimiter: null },
      batches,
      records: flatten(batches),
      bytesRead: () => consumed,
      invalidUtf8: () => false,
    };
  }

  // Exactly the first 64 KB, however large the chunks the storage hands over.
  const sample = head.subarray(0, SAMPLE_BYTES);
  const detected = detectEncoding(sample);
  const encoding = options.encoding ?? detected.encoding;
  const bomLength = encoding === detected.encoding ? detected.bomLength : 0;
  const sampleDecoder = new ByteDecoder(encoding, bomLength);
  const sampleText = sampleDecoder.decode(sample);
  if (looksBinary(sampleText)) {
    throw new IngestError(
      'BINARY_FILE',
      'El archivo no es texto (parece una imagen, un PDF u otro archivo binario). Sube un CSV, TXT o XLSX.',
      'The file is not text (it looks like an image, a PDF or another binary file). Upload a CSV, TXT or XLSX file.',
    );
  }
  const delimiter = options.delimiter ?? detectDelimiter(sampleText);
  if (!/[\n\r]/.test(sampleText) && sample.length >= SAMPLE_BYTES) {
    // 64 KB without a single line break is not a sales export.
    throw new IngestError(
      'UNREADABLE_FILE',
      'No se reconoce el archivo: no tiene líneas de texto. Sube un CSV, TXT o XLSX.',
      'The file is not recognized: it has no text lines. Upload a CSV, TXT or XLSX file.',
    );
  }

  async function* textBatches(): AsyncGenerator<SourceRecord[]> {
    const decoder = new ByteDecoder(encoding, bomLength);
    const reader = new CsvRecordReader(delimiter);
    for await (const chunk of iterable(rest)) {
      // Large chunks (stored files decrypt 1 MB at a time) in 64 KB pieces: small batches of
      // records die young, which the garbage collector handles far more cheaply.
      for (let start = 0; start < chunk.length; start += SAMPLE_BYTES) {
        const batch = reader.push(decoder.decode(chunk.subarray(start, start + SAMPLE_BYTES)));
        for (const record of batch) assertColumns(record);
        if (batch.length > 0) yield batch;
      }
    }
    const tail = [...reader.push(decoder.end()), ...reader.end()];
    for (const record of tail) assertColumns(record);
    if (tail.length > 0) yield tail;
    invalid = decoder.invalidUtf8;
  }

  const batches = releasing(input, textBatches());
  return {
    format: { format: 'csv', compressed, encoding, delimiter },
    batches,
    records: flatten(batches),
    bytesRead: () => consumed,
    invalidUtf8: () => invalid,
  };
}
