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
