import type { Delimiter } from '../types';
import { CsvRecordReader } from './csv-reader';

/** Order of preference when the evidence is even: the comma is the CSV default. */
const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];
const MAX_SAMPLE_RECORDS = 100;
/** A sample larger than this tells nothing the first part did not. */
const MAX_SAMPLE_CHARS = 256 * 1024;

/**
 * A decimal comma number (`12,5`, `-1.234,50`, `$ 3,5`): inside a cell it is evidence for a `;`
 * (or tab) delimiter, not against it, as Chilean and European spreadsheets write them.
 */
const DECIMAL_COMMA_NUMBER = /^[-+]?\s*\$?\s*\d{1,3}(?:\.?\d{3})*,\d+\s*%?$/;

interface Evidence {
  delimiter: Delimiter;
  /** Records whose field count equals the most common count (which must be > 1). */
  consistentRecords: number;
  /** Cells holding another candidate delimiter, a sign this one splits at the wrong level. */
  suspiciousCells: number;
}

/**
 * Picks the delimiter that splits the sample's records into the same number (> 1) of fields
 * most often. Records are read quote-aware, so quoted fields holding other delimiters and title
 * lines above the header (one field, whatever the delimiter) do not mislead it. Ties go to the
 * candidate whose cells hold fewer other delimiters, then to `,`.
 */
export function detectDelimiter(sampleText: string): Delimiter {
  const sample = sampleText.length > MAX_SAMPLE_CHARS ? sampleText.slice(0, MAX_SAMPLE_CHARS) : sampleText;
  let best: Evidence | null = null;
  for (const delimiter of CANDIDATES) {
    const evidence = weigh(sample, delimiter);
    if (evidence && (!best || isStronger(evidence, best))) best = evidence;
  }
  return best?.delimiter ?? ',';
}

function isStronger(candidate: Evidence, current: Evidence): boolean {
  if (candidate.consistentRecords !== current.consistentRecords) {
    return candidate.consistentRecords > current.consistentRecords;
  }
  return candidate.suspiciousCells < current.suspiciousCells;
}

function weigh(sample: string, delimiter: Delimiter): Evidence | null {
  const reader = new CsvRecordReader(delimiter);
  // The sample may stop mid-line: its last, unterminated record is only used when there is
  // little else (push() keeps it back).
  let records = reader.push(sample);
  if (records.length < 2) records = records.concat(reader.end());
  records = records.slice(0, MAX_SAMPLE_RECORDS);

  const recordsByFieldCount = new Map<number, number>();
  for (const record of records) {
    const count = record.cells.length;
    recordsByFieldCount.set(count, (recordsByFieldCount.get(count) ?? 0) + 1);
  }
  let modalCount = 0;
  let consistentRecords = 0;
  for (const [count, recordCount] of recordsByFieldCount) {
    if (count > 1 && recordCount > consistentRecords) {
      modalCount = count;
      consistentRecords = recordCount;
    }
  }
  if (consistentRecords === 0) return null;

  const others = CANDIDATES.filter((other) => other !== delimiter);
  let suspiciousCells = 0;
  for (const record of records) {
    if (record.cells.length !== modalCount) continue;
    for (const cell of record.cells) {
      if (others.some((other) => cell.includes(other)) && !DECIMAL_COMMA_NUMBER.test(cell.trim())) {
        suspiciousCells++;
      }
    }
  }
  return { delimiter, consistentRecords, suspiciousCells };
}
