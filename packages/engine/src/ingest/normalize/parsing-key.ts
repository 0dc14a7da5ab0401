import type { ColumnDetection, TableDetection } from '../types';

/** What `LineNormalizer` reads of a column: nothing else of the detection decides a line. */
export type ParsingColumn = Pick<ColumnDetection, 'index' | 'name' | 'field' | 'number' | 'date'>;

export function parsingColumns(detection: TableDetection): ParsingColumn[] {
  return detection.columns.map(({ index, name, field, number, date }) => ({
    index,
    name,
    field,
    number,
    date,
  }));
}

/**
 * Two detections with the same key turn every record into the same line, rejection or skip:
 * the same text (encoding, delimiter), the same header line and the columns as the normalizer
 * reads them. Confidences, column types and warnings may differ. Lets an import parse with a
 * detection guessed from the file's start and keep the result when the whole file agrees.
 */
export function parsingKey(detection: TableDetection): string {
  const { encoding, delimiter, headerLine } = detection;
  return JSON.stringify({ encoding, delimiter, headerLine, columns: parsingColumns(detection) });
}
