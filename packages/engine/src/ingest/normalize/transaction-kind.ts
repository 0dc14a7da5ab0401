import { foldText } from '../schema/fold-text';
import { TextTable } from '../schema/text-table';

/**
 * Labels of a transaction or document type that mean money goes back to the customer. Matched
 * on folded words, so "Nota de Crédito", "NotaCreditoElectronica", "N/C" and "DEVOLUCION" all
 * count, while payment methods ("CREDITO", "VENTA CREDITO CLIENTES", "DEBITO") and exchanges
 * ("cambio", "exchange": the customer leaves with goods) do not.
 */
const RETURN_PATTERNS: readonly RegExp[] = [
  /\bnota (de )?credito\b/,
  /\bnotacredito/,
  /^n ?c\b/,
  /\bdevolucion(es)?\b/,
  /\bdevuelt[oa]s?\b/,
  /\breturn(s|ed)?\b/,
  /\brefund(s|ed)?\b/,
  /\bcredit ?note\b/,
];

/** A type column holds a handful of distinct labels: remember their answers (bounded). */
const MAX_REMEMBERED = 1000;
const answers = new TextTable<boolean>(MAX_REMEMBERED);

/** True when a trans-type or document-type cell says the line is a return / credit note. */
export function isReturnLabel(text: string | null): boolean {
  if (text === null) return false;
  const known = answers.get(text);
  if (known !== undefined) return known;
  const folded = foldText(text.replace(/([a-z])([A-Z])/g, '$1 $2'));
  const answer = RETURN_PATTERNS.some((pattern) => pattern.test(folded));
  if (answers.isFull) answers.clear();
  answers.add(text, answer);
  return answer;
}
