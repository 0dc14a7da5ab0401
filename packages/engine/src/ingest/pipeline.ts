import { LineNormalizer, roundMoney, roundQuantity } from './normalize';
import { ByteDecoder, CsvRecordReader, detectDelimiter, detectEncoding } from './parse';
import { TableProfiler } from './schema';
import type { LineOutcome, MappingSpec, SourceRecord, TableDetection, TextEncodingName } from './types';

export interface IngestOptions {
  /** The caller's clock (epoch ms); the engine never reads one. */
  now: number;
  mapping?: MappingSpec;
  /** Read only this many records (previews). */
  maxRecords?: number;
}

export interface IngestResult {
  detection: TableDetection;
  /** One per record after the header, in file order. */
  outcomes: LineOutcome[];
}

/** Bytes fed to the decoder at a time, as a stream would (exercises chunk boundaries). */
const CHUNK_BYTES = 64 * 1024;
const SAMPLE_BYTES = 64 * 1024;

function decode(bytes: Uint8Array, encoding: TextEncodingName, bomLength: number) {
  const decoder = new ByteDecoder(encoding, bomLength);
  const parts: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    parts.push(decoder.decode(bytes.subarray(offset, offset + CHUNK_BYTES)));
  }
  parts.push(decoder.end());
  return { text: parts.join(''), invalidUtf8: decoder.invalidUtf8 };
}

/**
 * The whole ingestion of an in-memory file, for tests and previews (the server streams the
 * same stages): encoding (re-read as Windows-1252 when the UTF-8 guess meets an ill-formed
 * byte), delimiter from the first 64 KB, records, detection over ALL records, then one outcome
 * per record after the header.
 */
export function ingestBuffer(bytes: Uint8Array, options: IngestOptions): IngestResult {
  const detected = detectEncoding(bytes.subarray(0, SAMPLE_BYTES));
  let encoding = detected.encoding;
  let decoded = decode(bytes, encoding, detected.bomLength);
  if (decoded.invalidUtf8) {
    encoding = 'windows-1252';
    decoded = decode(bytes, encoding, detected.bomLength);
  }
  const delimiter = detectDelimiter(decoded.text.slice(0, SAMPLE_BYTES));
  const reader = new CsvRecordReader(delimiter);
  let records: SourceRecord[] = [...reader.push(decoded.text), ...reader.end()];
  if (options.maxRecords !== undefined) records = records.slice(0, options.maxRecords);

  const profiler = new TableProfiler({ encoding, delimiter, mapping: options.mapping });
  profiler.addBatch(records);
  const detection = profiler.result();
  const normalizer = new LineNormalizer(detection, { now: options.now });
  const outcomes = records
    .filter((record) => record.line > detection.headerLine)
    .map((record) => normalizer.normalize(record));
  return { detection, outcomes };
}

export interface IngestSummary {
  counts: {
    /** Outcomes (records after the header). */
    total: number;
    accepted: number;
    rejected: number;
    /** Accepted lines carrying at least one warning. */
    warnings: number;
    skipped: number;
    /** Accepted lines that are returns. */
    returns: number;
  };
  /** Over accepted lines (returns count negative). */
  sums: { quantity: number; priceTotal: number };
}

export function ingestSummary(outcomes: readonly LineOutcome[]): IngestSummary {
  const counts = { total: outcomes.length, accepted: 0, rejected: 0, warnings: 0, skipped: 0, returns: 0 };
  let quantity = 0;
  let priceTotal = 0;
  for (const outcome of outcomes) {
    if (outcome.kind !== 'accepted') {
      counts[outcome.kind]++;
      continue;
    }
    counts.accepted++;
    if (outcome.warnings.length > 0) counts.warnings++;
    if (outcome.line.isReturn) counts.returns++;
    quantity += outcome.line.quantity;
    priceTotal += outcome.line.priceTotal;
  }
  return { counts, sums: { quantity: roundQuantity(quantity), priceTotal: roundMoney(priceTotal) } };
}
