/*
 * Test fixtures shared by the level-export tests (no test runner code here): a small sales file
 * with accents, a product named like a formula and one named "-5", and a CSV reader.
 */

const HEADER =
  'Fecha venta;N° doc. venta;SKU;Descripción;Categoría;Cantidad;Total neto;Costo total;Sucursal;RUT cliente;Vendedor;Forma de pago';

export const SALES_CSV = `${[
  HEADER,
  '06/10/2025 10:15;B1;P1;Café de grano;Almacén;2;10000;6000;Ñuñoa Centro;11111111-1;Ana;EFECTIVO',
  '06/10/2025 10:15;B1;P2;"=HYPERLINK(""http://evil.example"",""clic"")";Almacén;1;3000;;Ñuñoa Centro;11111111-1;Ana;EFECTIVO',
  '07/10/2025 18:30;B2;P1;Café de grano;Almacén;1;5000;3000;Norte;22222222-2;=Beto;DEBITO',
  '03/11/2025 10:40;B3;P3;-5;Panadería;4;2000;;Ñuñoa Centro;22222222-2;Ana;DEBITO',
  '04/11/2025 19:05;B4;P2;"=HYPERLINK(""http://evil.example"",""clic"")";Almacén;2;6000;4000;Norte;;;EFECTIVO',
  '01/12/2025 10:05;B5;P3;-5;Panadería;2;1000;;Norte;33333333-3;Carla;CREDITO',
  '02/01/2026 11:00;B6;P4;Pan amasado, "especial";Panadería;3;4500;2000;Norte;33333333-3;Carla;',
].join('\r\n')}\r\n`;

/** RFC 4180 fields of a CSV text (quotes, doubled quotes, delimiters and line breaks inside). */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** What a CSV field must hold for an API value (decimal comma with `;`, formula text escaped). */
export function expectedField(value: unknown, delimiter: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return delimiter === ';' ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'boolean') return String(value);
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
