/**
 * "¿cuántos kilos vendí?", "litros de bebida": the unit the quantities are asked in, as ingestion
 * normalizes units (`kg`, `l`). Kilos and units never add up, so the unit narrows the products.
 * "unidades" names no unit: it is the plain quantity; "3 litros" after a number is a size.
 */
const UNITS: readonly [RegExp, string][] = [
  [/(?<![0-9] )\b(?:kilos?|kilogramos?|kgs?|kilograms?)\b/, 'kg'],
  [/(?<![0-9] )\b(?:litros?|lts?|liters?|litres?)\b/, 'l'],
];

/** The unit named in a normalized question, or null. */
export function findUnit(text: string): string | null {
  for (const [words, unit] of UNITS) if (words.test(text)) return unit;
  return null;
}
