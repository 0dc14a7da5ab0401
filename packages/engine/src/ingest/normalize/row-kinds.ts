import { foldText } from '../schema/fold-text';

/**
 * A cell that labels a summary row: "Total", "TOTAL GENERAL", "Totales", "Subtotal", "Gran total",
 * "Total ventas:"... The whole cell must be the label, so "TOTAL CLEAN 1L" stays a product.
 */
const TOTALS_LABEL =
  /^(sub ?totale?s?|totale?s?|gran totale?s?|suma)( general| ventas?| del? (dia|periodo|mes|ano)| final)?$/;

const MAX_LABEL_LENGTH = 40;

/** Every label above starts with one of these (case aside): a test before any string work. */
const LABEL_STARTS = ['tot', 'sub', 'gra', 'sum'];

function mayStartLabel(cell: string): boolean {
  let start = 0;
  while (start < cell.length && (cell.charCodeAt(start) === 32 || cell.charCodeAt(start) === 9)) start++;
  return LABEL_STARTS.some((prefix) => {
    for (let i = 0; i < prefix.length; i++) {
      // `| 0x20` lower-cases ASCII letters.
      if ((cell.charCodeAt(start + i) | 0x20) !== prefix.charCodeAt(i)) return false;
    }
    return true;
  });
}

export function isTotalsLabel(cell: string): boolean {
  // Runs on every cell of every row: reject ordinary cells before the (costly) folding.
  if (cell.length > MAX_LABEL_LENGTH * 2 || !mayStartLabel(cell)) return false;
  const text = cell.trim();
  return text.length <= MAX_LABEL_LENGTH && TOTALS_LABEL.test(foldText(text));
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
