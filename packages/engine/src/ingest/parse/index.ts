export { CsvRecordReader, MAX_QUOTED_RECORD_CHARS } from './csv-reader';
export { ByteDecoder, replaceNul } from './decoder';
export { detectDelimiter } from './delimiter';
export { type DetectedEncoding, detectEncoding } from './encoding';
export { findHeaderIndex } from './header';
export { MAX_RECORD_CHARS, RecordTooLongError } from './record-limits';
