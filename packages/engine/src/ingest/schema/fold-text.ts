/**
 * Folding of header (and label) text so that "N° doc. venta", "Nº Doc Venta" and "n doc venta"
 * compare equal: accents removed, lower case, punctuation turned into word breaks.
 */

/** Abbreviations seen in Chilean POS/ERP headers, expanded so they meet their full word. */
const ABBREVIATIONS: Record<string, string> = {
  n: 'numero',
  no: 'numero',
  nro: 'numero',
  num: 'numero',
  cod: 'codigo',
  cant: 'cantidad',
  doc: 'documento',
  prod: 'producto',
  dcto: 'descuento',
  dto: 'descuento',
  cat: 'categoria',
  suc: 'sucursal',
  qty: 'quantity',
};

/** Lower case, no accents (ñ becomes n), every run of non-alphanumerics one space. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[°º]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Folded words with abbreviations expanded; splits camelCase and snake_case too. */
export function headerTokens(text: string): string[] {
  const spaced = text.replace(/([a-z])([A-Z])/g, '$1 $2');
  const folded = foldText(spaced);
  if (folded === '') return [];
  return folded.split(' ').map((word) => ABBREVIATIONS[word] ?? word);
}
