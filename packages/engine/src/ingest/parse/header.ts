import type { SourceRecord } from '../types';

/** Exports put the header within the first few rows; past this it is data. */
const MAX_HEADER_SEARCH_RECORDS = 50;
/** A header's non-empty cells are names: more than this share must be neither numbers nor dates. */
const MIN_TEXT_SHARE = 0.5;
/** Second chance for a header with a few unnamed columns (e.g. an index column). */
const RELAXED_WIDTH_SHARE = 0.75;

// Numbers as sales exports write them: signs, currency, grouping, decimals, percent, (negatives).
const NUMBER_LIKE = /^\(?[-+]?\s*(?:US\$|CLP|\$|€)?\s*[-+]?\d[\d.,'\s\u00a0]*%?\)?$/i;
// Dates and times: 01-10-2025, 2025/10/01, 1.10.25, 2025-10-01T12:30, 12:30:15.
const DATE_LIKE = /^(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[\sT]+\d{1,2}:\d{2}.*)?|\d{1,2}:\d{2}(?::\d{2})?)$/;

/**
 * Index (into `records`) of the header record. Title lines above the table ("Reporte de
 * ventas", "Desde: 01-10-2025") have fewer non-empty cells than the rows below; the header is
 * the first record that fills the modal width of the records after it with mostly non-numeric,
 * non-date text. With `scoreHeader` (how much the cells look like known column names, 0..1),
 * the best-scoring such record wins instead. Returns 0 when nothing qualifies.
 */
export function findHeaderIndex(records: SourceRecord[], scoreHeader?: (cells: string[]) => number): number {
  const considered = records.slice(0, MAX_HEADER_SEARCH_RECORDS);
  const widths = considered.map((record) => nonEmptyCells(record.cells).length);
  const textual = considered.map((record) => isMostlyText(record.cells));

  let candidates = findCandidates(widths, textual, 1);
  if (candidates.length === 0) candidates = findCandidates(widths, textual, RELAXED_WIDTH_SHARE);
  const [first] = candidates;
  if (first === undefined) return 0;
  if (!scoreHeader) return first;

  let bestIndex = first;
  let bestScore = 0;
  for (const index of candidates) {
    const score = scoreHeader((considered[index] as SourceRecord).cells);
    if (score > bestScore) {
      bestScore = score;
      bestIndex = index;
    }
  }
  return bestIndex;
}

function findCandidates(widths: number[], textual: boolean[], widthShare: number): number[] {
  const candidates: number[] = [];
  for (let i = 0; i < widths.length; i++) {
    const width = widths[i] as number;
    if (width === 0 || !textual[i]) continue;
    const tableWidth = modalWidth(widths.slice(i + 1));
    const needed = Math.max(widthShare < 1 ? 2 : 1, Math.ceil(tableWidth * widthShare));
    if (width >= needed) candidates.push(i);
  }
  return candidates;
}

/** Most common non-zero width; ties go to the wider, so a sparse column does not lower the bar. */
function modalWidth(widths: number[]): number {
  const frequency = new Map<number, number>();
  for (const width of widths) if (width > 0) frequency.set(width, (frequency.get(width) ?? 0) + 1);
  let modal = 0;
  let modalFrequency = 0;
  for (const [width, count] of frequency) {
    if (count > modalFrequency || (count === modalFrequency && width > modal)) {
      modal = width;
      modalFrequency = count;
    }
  }
  return modal;
}

function nonEmptyCells(cells: string[]): string[] {
  const result: string[] = [];
  for (const cell of cells) {
    const trimmed = cell.trim();
    if (trimmed !== '') result.push(trimmed);
  }
  return result;
}

function isMostlyText(cells: string[]): boolean {
  const filled = nonEmptyCells(cells);
  if (filled.length === 0) return false;
  const texts = filled.filter((cell) => !NUMBER_LIKE.test(cell) && !DATE_LIKE.test(cell)).length;
  return texts / filled.length > MIN_TEXT_SHARE;
}
