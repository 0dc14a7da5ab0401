import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
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

/** Reads up to `min` bytes from the front of a stream and gives back a stream of the whole. */
async function peek(stream: AsyncIterable<Buffer>, min: number): Promise<{ head: Buffer; rest: Readable }> {
  const iterator = stream[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < min) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    parts.push(next.value);
    size += next.value.length;
  }
  const head = Buffer.concat(parts);
  async function* whole() {
    if (head.length > 0) yield head;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value as Buffer;
    }
  }
  return { head, rest: Readable.from(whole(), { objectMode: false }) };
}

const XLSX_BATCH = 1024;

/** Groups rows read one at a time (XLSX) into batches; NULs become U+FFFD as in text files. */
async function* batchesOf(records: AsyncIterable<SourceRecord>): AsyncGenerator<SourceRecord[]> {
  let batch: SourceRecord[] = [];
  for await (const record of records) {
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
export async function readSource(
  input: Readable,
  options: { encoding?: TextEncodingName; delimiter?: Delimiter; sheet?: string | null } = {},
): Promise<SourceReading> {
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
    const gunzip = createGunzip();
    gunzip.on('error', () => {}); // surfaced through the iterator below
    ({ head, rest } = await peek(rest.pipe(gunzip), SAMPLE_BYTES));
  } else {
    ({ head, rest } = await peek(rest, SAMPLE_BYTES));
  }
  if (head.length === 0) throw new IngestError('EMPTY_FILE', 'El archivo está vacío.', 'The file is empty.');

  if (sniff(head) === 'xlsx') {
    const batches = batchesOf(readXlsxRows(rest, { sheet: options.sheet ?? undefined }));
    return {
      format: { format: 'xlsx', compressed, encoding: null, delimiter: null },
      batches,
      records: flatten(batches),
      bytesRead: () => consumed,
      invalidUtf8: () => false,
    };
  }

  const detected = detectEncoding(head);
  const encoding = options.encoding ?? detected.encoding;
  const bomLength = encoding === detected.encoding ? detected.bomLength : 0;
  const sampleDecoder = new ByteDecoder(encoding, bomLength);
  const sampleText = sampleDecoder.decode(head);
  const delimiter = options.delimiter ?? detectDelimiter(sampleText);
  if (!/[\n\r]/.test(sampleText) && head.length >= SAMPLE_BYTES) {
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
    for await (const chunk of rest) {
      const batch = reader.push(decoder.decode(chunk as Buffer));
      if (batch.length > 0) yield batch;
    }
    const tail = [...reader.push(decoder.end()), ...reader.end()];
    if (tail.length > 0) yield tail;
    invalid = decoder.invalidUtf8;
  }

  const batches = textBatches();
  return {
    format: { format: 'csv', compressed, encoding, delimiter },
    batches,
    records: flatten(batches),
    bytesRead: () => consumed,
    invalidUtf8: () => invalid,
  };
}
