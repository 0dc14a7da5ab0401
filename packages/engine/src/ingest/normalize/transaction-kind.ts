import { foldText } from '../schema/fold-text';

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

/** True when a trans-type or document-type cell says the line is a return / credit note. */
export function isReturnLabel(text: string | null): boolean {
  if (text === null) return false;
  const folded = foldText(text.replace(/([a-z])([A-Z])/g, '$1 $2'));
  return RETURN_PATTERNS.some((pattern) => pattern.test(folded));
}
