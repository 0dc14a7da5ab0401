import type { Delimiter, SourceRecord } from '../types';
import { MAX_QUOTED_RECORD_CHARS, MAX_RECORD_CHARS, RecordTooLongError } from './record-limits';

export { MAX_QUOTED_RECORD_CHARS } from './record-limits';

/**
 * A leftover (unfinished record) longer than this makes push() wait until as much new text has
 * arrived before scanning again, so a huge record fed in tiny chunks costs linear, not quadratic,
 * time. Normal records are far shorter and come out on the push that completes them.
 */
const RESCAN_BACKOFF_CHARS = 64 * 1024;

const LF = 10;
const CR = 13;
const QUOTE = 34;
const SPACE = 32;
/** "Not in the buffer": an integer past any string index, so V8 keeps the fields small ints. */
const NOWHERE = 0x3fffffff;
/** scanQuotedRecord's answer when the buffer ends before the record does. */
const UNFINISHED = -1;

/**
 * Splits streamed CSV text into records (RFC 4180, leniently): quoted fields may hold delimiters,
 * doubled quotes and line breaks; lines end in CRLF, LF or a lone CR; a quote inside an unquoted
 * field is kept as written. Records whose cells are all blank are dropped, but their lines still
 * count. Cells are not trimmed; quoted fields lose their quotes. A record that grows past
 * MAX_RECORD_CHARS without ending throws RecordTooLongError, so memory stays bounded.
 */
export class CsvRecordReader {
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  /** Text not yet turned into records: the start of an unfinished record. */
  private buffer = '';
  /** Physical line (1-based) where `buffer` starts. */
  private line = 1;
  /** The last chunk ended in CR: a LF opening the next one completes that line break. */
  private skipLeadingLineFeed = false;
  /** Chunks held back while a long leftover waits for enough text (see RESCAN_BACKOFF_CHARS). */
  private heldChunks: string[] = [];
  private heldLength = 0;
  private rescanAfterChars = 0;
  private ended = false;
  /** Cells of the record scanQuotedRecord just read. */
  private quotedCells: string[] = [];

  // Position caches of the next LF, CR and quote in `buffer`: `at` is the first occurrence at or
  // after `from` (NOWHERE if none), so queries moving forward cost one indexOf per occurrence
  // instead of one per record.
  private lineFeedFrom = 0;
  private lineFeedAt = -1;
  private carriageReturnFrom = 0;
  private carriageReturnAt = -1;
  private quoteFrom = 0;
  private quoteAt = -1;
  private delimiterFrom = 0;
  private delimiterAt = -1;

  constructor(delimiter: Delimiter) {
    this.delimiter = delimiter;
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  /** Takes the next piece of text (split anywhere) and returns the records it completed. */
  push(text: string): SourceRecord[] {
    if (this.ended) throw new Error('CsvRecordReader.push() after end()');
    if (text.length === 0) return [];
    if (this.rescanAfterChars > 0) {
      this.heldChunks.push(text);
      this.heldLength += text.length;
      if (this.heldLength < this.rescanAfterChars) return [];
      text = this.releaseHeldChunks();
    }
    this.buffer = this.buffer.length === 0 ? text : this.buffer + text;
    const records = this.scan(false);
    // What is left is one unfinished record; past the cap it is a file without line breaks.
    if (this.buffer.length > MAX_RECORD_CHARS) throw new RecordTooLongError(this.line);
    this.rescanAfterChars = this.rescanDelay(this.buffer.length);
    return records;
  }

  /** The end of the text: returns the last records, an unterminated final line included. */
  end(): SourceRecord[] {
    if (this.ended) return [];
    this.ended = true;
    if (this.heldLength > 0) this.buffer += this.releaseHeldChunks();
    const records = this.scan(true);
    this.buffer = '';
    return records;
  }

  /**
   * New text to wait for before scanning a leftover again: as much as the leftover (doubling
   * keeps the total work linear), but no more than it takes to cross MAX_QUOTED_RECORD_CHARS,
   * so a stray quote is given up on as soon as it may be and the records after it flow again.
   */
  private rescanDelay(leftoverLength: number): number {
    if (leftoverLength <= RESCAN_BACKOFF_CHARS) return 0;
    if (leftoverLength <= MAX_QUOTED_RECORD_CHARS) {
      return Math.min(leftoverLength, MAX_QUOTED_RECORD_CHARS + 1 - leftoverLength);
    }
    return leftoverLength;
  }

  private releaseHeldChunks(): string {
    const text = this.heldChunks.join('');
    this.heldChunks = [];
    this.heldLength = 0;
    return text;
  }

  private scan(final: boolean): SourceRecord[] {
    const text = this.buffer;
    const length = text.length;
    const records: SourceRecord[] = [];
    this.lineFeedAt = this.carriageReturnAt = this.quoteAt = this.delimiterAt = -1;
    let position = 0;
    let line = this.line;
    if (this.skipLeadingLineFeed && length > 0) {
      if (text.charCodeAt(0) === LF) position = 1;
      this.skipLeadingLineFeed = false;
    }
    while (position < length) {
      const first = text.charCodeAt(position);
      // Line breaks, whether ending a record or an empty line, are consumed here.
      if (first === LF) {
        position++;
        line++;
        continue;
      }
      if (first === CR) {
        if (position + 1 < length) position += text.charCodeAt(position + 1) === LF ? 2 : 1;
        else {
          position++;
          this.skipLeadingLineFeed = !final;
        }
        line++;
        continue;
      }

      let lineEnd = Math.min(this.findLineFeed(position), this.findCarriageReturn(position));
      if (lineEnd === NOWHERE) {
        if (!final) break;
        lineEnd = length;
      }
      let recordEnd: number;
      let cells: string[];
      if (this.findQuote(position) >= lineEnd) {
        // Fast path: no quote before the line break, so the line is the record.
        recordEnd = lineEnd;
        cells = this.splitLine(text, position, lineEnd);
      } else {
        recordEnd = this.scanQuotedRecord(text, position, lineEnd, final);
        if (recordEnd === UNFINISHED) break;
        cells = this.quotedCells;
      }
      if (!isBlankRecord(cells)) records.push({ line, cells, raw: text.slice(position, recordEnd) });
      if (recordEnd > lineEnd) line += this.countLineBreaks(text, position, recordEnd);
      position = recordEnd;
    }
    this.buffer = position >= length ? '' : text.slice(position);
    this.line = line;
    return records;
  }

  /**
   * Reads the record starting at `start`, which has a quote before its first line break.
   * Returns where the record ends (its line break or the end of text), or UNFINISHED when the
   * buffer ends first; the cells go to `quotedCells`.
   */
  private scanQuotedRecord(text: string, start: number, lineEnd: number, final: boolean): number {
    const length = text.length;
    const cells: string[] = [];
    let position = start;
    for (;;) {
      let fieldStart = position;
      // Some exporters write `; "text"`: spaces before an opening quote do not make it literal.
      while (text.charCodeAt(fieldStart) === SPACE) fieldStart++;
      if (text.charCodeAt(fieldStart) === QUOTE) {
        let value = '';
        let from = fieldStart + 1;
        for (;;) {
          const close = this.findQuote(from);
          if (close === NOWHERE || close - start > MAX_QUOTED_RECORD_CHARS) {
            if (close === NOWHERE && !final && length - start <= MAX_QUOTED_RECORD_CHARS) return UNFINISHED;
            return this.readLineUnquoted(text, start, lineEnd);
          }
          if (close + 1 >= length) {
            // A quote at the very end may be the first half of a doubled quote.
            if (!final) return UNFINISHED;
            value += text.slice(from, close);
            position = close + 1;
            break;
          }
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += text.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          value += text.slice(from, close);
          position = close + 1;
          break;
        }
        // Text between the closing quote and the delimiter is kept, not lost: `"5" pulgadas`.
        const fieldEnd = this.findFieldEnd(text, position);
        if (fieldEnd > position) value += text.slice(position, fieldEnd);
        cells.push(value);
        position = fieldEnd;
      } else {
        const fieldEnd = this.findFieldEnd(text, fieldStart);
        cells.push(text.slice(position, fieldEnd));
        position = fieldEnd;
      }
      if (position >= length) {
        if (!final) return UNFINISHED;
        break;
      }
      if (text.charCodeAt(position) !== this.delimiterCode) break;
      position++;
    }
    this.quotedCells = cells;
    return position;
  }

  /**
   * The cells of the unquoted line text[start, end): `text.slice(start, end).split(delimiter)`
   * without the intermediate line string.
   */
  private splitLine(text: string, start: number, end: number): string[] {
    const cells: string[] = [];
    let cellStart = start;
    for (;;) {
      const at = this.findDelimiter(cellStart);
      if (at >= end) {
        cells.push(text.slice(cellStart, end));
        return cells;
      }
      cells.push(text.slice(cellStart, at));
      cellStart = at + 1;
    }
  }

  /** The record is just its physical line, quotes kept as written. */
  private readLineUnquoted(text: string, start: number, lineEnd: number): number {
    this.quotedCells = text.slice(start, lineEnd).split(this.delimiter);
    return lineEnd;
  }

  /** The next delimiter or line break at or after `from` (or the end of text). */
  private findFieldEnd(text: string, from: number): number {
    const length = text.length;
    const delimiterCode = this.delimiterCode;
    for (let i = from; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code === delimiterCode || code === LF || code === CR) return i;
    }
    return length;
  }

  /** Line breaks inside [from, to) (CRLF counts once), i.e. inside a record's quoted fields. */
  private countLineBreaks(text: string, from: number, to: number): number {
    let count = 0;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (code === LF) count++;
      else if (code === CR) {
        count++;
        if (i + 1 < to && text.charCodeAt(i + 1) === LF) i++;
      }
    }
    return count;
  }

  private findLineFeed(from: number): number {
    if (from > this.lineFeedAt || from < this.lineFeedFrom) {
      const at = this.buffer.indexOf('\n', from);
      this.lineFeedAt = at === -1 ? NOWHERE : at;
      this.lineFeedFrom = from;
    }
    return this.lineFeedAt;
  }

  private findCarriageReturn(from: number): number {
    if (from > this.carriageReturnAt || from < this.carriageReturnFrom) {
      const at = this.buffer.indexOf('\r', from);
      this.carriageReturnAt = at === -1 ? NOWHERE : at;
      this.carriageReturnFrom = from;
    }
    return this.carriageReturnAt;
  }

  private findDelimiter(from: number): number {
    if (from > this.delimiterAt || from < this.delimiterFrom) {
      const at = this.buffer.indexOf(this.delimiter, from);
      this.delimiterAt = at === -1 ? NOWHERE : at;
      this.delimiterFrom = from;
    }
    return this.delimiterAt;
  }

  private findQuote(from: number): number {
    if (from > this.quoteAt || from < this.quoteFrom) {
      const at = this.buffer.indexOf('"', from);
      this.quoteAt = at === -1 ? NOWHERE : at;
      this.quoteFrom = from;
    }
    return this.quoteAt;
  }
}

/** True when every cell is empty or whitespace (e.g. `;;;` or a line of spaces). */
function isBlankRecord(cells: string[]): boolean {
  for (const cell of cells) {
    if (cell.length === 0) continue;
    const first = cell.charCodeAt(0);
    if ((first > SPACE && first < 127) || cell.trim().length > 0) return false;
  }
  return true;
}
