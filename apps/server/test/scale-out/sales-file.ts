/** What a generated file holds, to check what the server imported. Money in CLP. */
export interface SalesFile {
  name: string;
  content: Buffer;
  lines: number;
  total: number;
  quantity: number;
}

const HEADER =
  'Fecha venta;N° doc. venta;SKU;Descripción;Categoría;Cantidad;Precio unitario;Total neto;Tipo documento';
const money = (clp: number) => `$ ${String(clp).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A POS export (the fixture's columns, `;`, CRLF, `$ 4.990`) with `lines` sale lines in tickets
 * of 1–4 lines over 2025, deterministic for a seed. `documentPrefix` keeps the documents of
 * several files of one company apart, so each file's lines are all new.
 */
export function salesFile(options: { lines: number; seed?: number; documentPrefix?: string }): SalesFile {
  let state = (options.seed ?? 7) >>> 0 || 1;
  const next = (n: number) => {
    // xorshift32: fast and the same on every run
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state % n;
  };
  const rows: string[] = ['Reporte de ventas;;;;;;;;', HEADER];
  let total = 0;
  let quantity = 0;
  let document = 0;
  for (let written = 0; written < options.lines; ) {
    document++;
    const day = new Date(Date.UTC(2025, 0, 1) + next(365) * 86_400_000);
    const when = `${pad2(day.getUTCDate())}/${pad2(day.getUTCMonth() + 1)}/${day.getUTCFullYear()} ${pad2(9 + next(12))}:${pad2(next(60))}`;
    const size = Math.min(1 + next(4), options.lines - written);
    for (let i = 0; i < size; i++, written++) {
      const product = next(300);
      const qty = 1 + next(5);
      const price = (10 + next(990)) * 10;
      total += qty * price;
      quantity += qty;
      rows.push(
        `${when};${options.documentPrefix ?? 'B'}-${document};P-${product};Producto ${product};Categoria ${product % 12};${qty};${money(price)};${money(qty * price)};Boleta`,
      );
    }
  }
  return {
    name: `ventas-${options.seed ?? 7}.csv`,
    content: Buffer.from(`${rows.join('\r\n')}\r\n`),
    lines: options.lines,
    total,
    quantity,
  };
}
