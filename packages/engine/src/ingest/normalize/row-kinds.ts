import { foldText } from '../schema/fold-text';

/**
 * A cell that labels a summary row: "Total", "TOTAL GENERAL", "Totales", "Subtotal", "Gran total",
 * "Total ventas:"... The whole cell must be the label, so "TOTAL CLEAN 1L" stays a product.
 */
const TOTALS_LABEL =
  /^(sub ?totale?s?|totale?s?|gran totale?s?|suma)( general| ventas?| del? (dia|periodo|mes|ano)| final)?$/;

const MAX_LABEL_LENGTH = 40;

/**
 * Every label above starts with 'tot', 'sub', 'gra' or 'sum' (case aside), after spaces and
 * tabs: a test before any string work.
 */
function mayStartLabel(cell: string): boolean {
  let start = 0;
  while (start < cell.length && (cell.charCodeAt(start) === 32 || cell.charCodeAt(start) === 9)) start++;
  // `| 0x20` lower-cases ASCII letters (and maps NaN past the end to a space).
  const first = cell.charCodeAt(start) | 0x20;
  if (first === 116) {
    return (cell.charCodeAt(start + 1) | 0x20) === 111 && (cell.charCodeAt(start + 2) | 0x20) === 116;
  }
  if (first === 115) {
    if ((cell.charCodeAt(start + 1) | 0x20) !== 117) return false;
    const third = cell.charCodeAt(start + 2) | 0x20;
    return third === 98 || third === 109;
  }
  if (first === 103) {
    return (cell.charCodeAt(start + 1) | 0x20) === 114 && (cell.charCodeAt(start + 2) | 0x20) === 97;
  }
  return false;
}

export function isTotalsLabel(cell: string): boolean {
  // Runs on every cell of every row: reject ordinary cells before the (costly) folding.
  if (cell.length > MAX_LABEL_LENGTH * 2 || !mayStartLabel(cell)) return false;
  const text = cell.trim();
  return text.length <= MAX_LABEL_LENGTH && TOTALS_LABEL.test(foldText(text));
}

/** True when some cell of the row is a totals label. */
export function hasTotalsLabel(cells: readonly string[]): boolean {
  for (let index = 0; index < cells.length; index++) if (isTotalsLabel(cells[index] ?? '')) return true;
  return false;
}

/**
 * The header again (exports that repeat it per page or per branch): every non-empty cell is its
 * column's name, and at least half the columns are there.
 */
export function isRepeatedHeader(cells: readonly string[], columnNames: readonly string[]): boolean {
  let matched = 0;
  for (let index = 0; index < cells.length; index++) {
    const cell = (cells[index] ?? '').trim();
    if (cell === '') continue;
    if (cell !== columnNames[index]) return false;
    matched++;
  }
  return matched > 0 && matched * 2 >= columnNames.length;
}
