import { foldText } from '../schema/fold-text';

/**
 * A cell that labels a summary row: "Total", "TOTAL GENERAL", "Totales", "Subtotal", "Gran total",
 * "Total ventas:"... The whole cell must be the label, so "TOTAL CLEAN 1L" stays a product.
 */
const TOTALS_LABEL =
  /^(sub ?totale?s?|totale?s?|gran totale?s?|suma)( general| ventas?| del? (dia|periodo|mes|ano)| final)?$/;

export function isTotalsLabel(cell: string): boolean {
  return TOTALS_LABEL.test(foldText(cell));
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
