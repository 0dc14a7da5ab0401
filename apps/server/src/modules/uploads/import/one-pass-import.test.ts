import type { AppEvent } from '@ayni/contracts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createOwner, loginAs, type TestApp } from '../../../../test/helpers';
import { uploadAndWait, windows1252 } from '../../../../test/upload-helpers';

/**
 * A big file is imported in one pass: the formats are guessed from its first records, the
 * pass profiles every record as it parses them, and a first import inserts its lines into
 * sale_lines chunk by chunk while the file is still being read. The tuned app reaches those
 * paths with small files; everything it stores must equal what the plain two-pass import of
 * the same file stores, including when the guess was wrong (the file is read again) and when
 * a document turns up again after chunks were inserted (the keys come from SQL after all).
 */
const GUESS_RECORDS = 200;
const INSERT_CHUNK_LINES = 300;

/** Sales with days and months both up to 12 until `ambiguousUntil`, then later days. */
function sales(
  count: number,
  options: { monthFirst?: boolean; ambiguousUntil?: number; reopen?: number } = {},
) {
  const rows = ['Fecha;Boleta;SKU;Descripción;Cantidad;Precio;Total;Cliente;Sucursal'];
  for (let i = 0; i < count; i++) {
    const ambiguous = i < (options.ambiguousUntil ?? 0);
    const day = ambiguous ? 1 + (i % 12) : 1 + (i % 28);
    const month = 1 + ((i >> 3) % 12);
    const [first, second] = options.monthFirst ? [month, day] : [day, month];
    const date = `${String(first).padStart(2, '0')}/${String(second).padStart(2, '0')}/2025 ${8 + (i % 12)}:${String(i % 60).padStart(2, '0')}`;
    // Three lines per ticket; with `reopen`, that line goes back to the first ticket.
    const ticket = i === options.reopen ? 'B-0' : `B-${Math.floor(i / 3)}`;
    const quantity = 1 + (i % 4);
    const price = 990 + ((i * 37) % 50) * 100;
    rows.push(
      [
        date,
        ticket,
        `P-${i % 17}`,
        `Producto ${i % 17}`,
        quantity,
        `$ ${price.toLocaleString('es-CL')}`,
        `$ ${(quantity * price).toLocaleString('es-CL')}`,
        i % 4 === 0 ? '' : `${11_000_000 + (i % 31)}-${i % 9}`,
        i % 2 === 0 ? 'Centro' : 'Mall',
      ].join(';'),
    );
  }
  return `${rows.join('\n')}\n`;
}

describe('one-pass import', () => {
  let tuned: TestApp;
  let plain: TestApp;
  beforeAll(async () => {
    [tuned, plain] = await Promise.all([
      buildTestApp({ importTuning: { guessRecords: GUESS_RECORDS, insertChunkLines: INSERT_CHUNK_LINES } }),
      buildTestApp(),
    ]);
  });
  afterAll(async () => {
    await Promise.all([tuned?.close(), plain?.close()]);
  });

  /** Uploads `content` as a new company's first file; its stored data and progress events. */
  async function imported(t: TestApp, name: string, content: string | Buffer, filename = 'ventas.csv') {
    const owner = await createOwner(t.db, name);
    const token = await loginAs(t.app, owner.email, owner.password);
    const events: AppEvent[] = [];
    const stop = t.events.subscribe((event) => {
      if (event.company_id === owner.company.id) events.push(event);
    });
    const upload = await uploadAndWait(t.app, token, owner.company.id, { name: filename, content });
    stop();
    expect(upload.status, JSON.stringify(upload.error)).toBe('completed');
    const companyId = owner.company.id;
    const query = async (sql: string) => (await t.owner.pool.query(sql, [companyId])).rows;
    const stored = {
      rows: upload.rows,
      detected: upload.detected,
      lines: await query(
        `select document_id, sku, occurrence, line_no, source_line, sold_at, quantity, total, unit_price,
           is_return, customer_id, product_name, location_name, extra
         from sale_lines where company_id = $1 order by document_id, sku, occurrence`,
      ),
      issues: await query(
        `select line, severity, code, column_name, message_en from upload_issues
         where company_id = $1 order by line, code, column_name`,
      ),
      changes: await query(
        `select period_type, period_start::text, lines_before, lines_after, inserted from upload_changes
         where company_id = $1 order by period_type, period_start`,
      ),
      daily: await query(
        'select day::text, gross_sales, returns, tickets, units, lines from daily_sales where company_id = $1 order by day',
      ),
      features: await query(
        `select level, entity, period, values from feature_rows where company_id = $1
         order by level, entity, period`,
      ),
    };
    const importing = events.flatMap((e) =>
      e.type === 'upload.progress' && e.status === 'importing' ? [e] : [],
    );
    return { stored, importing };
  }

  it('stores what the two-pass import stores when the guess holds', async () => {
    const content = sales(1500);
    const [one, two] = await Promise.all([
      imported(tuned, 'Una pasada', content),
      imported(plain, 'Dos pasadas', content),
    ]);
    // The tuned import guessed and went on without counting the lines first.
    expect(one.importing[0]?.lines_total).toBeNull();
    expect(two.importing[0]?.lines_total).toBe(1500);
    expect(one.stored.lines).toHaveLength(1500);
    expect(one.stored.features.length).toBeGreaterThan(100);
    expect(one.stored).toEqual(two.stored);
  });

  it('reads the file again when its start misled the guess', async () => {
    // Month first: the guess sees only days up to 12 and reads them day first.
    const content = sales(900, { monthFirst: true, ambiguousUntil: 400 });
    const [one, two] = await Promise.all([
      imported(tuned, 'Mes primero', content),
      imported(plain, 'Mes primero', content),
    ]);
    expect(one.stored).toEqual(two.stored);
    expect(one.stored.detected).toMatchObject({
      columns: expect.arrayContaining([expect.objectContaining({ name: 'Fecha', field: 'in_dt' })]),
    });
    // Line 2 (the first sale) is 01/01 either way; line 10 is i = 8: month 2, day 9 → 2025-02-09.
    const line10 = one.stored.lines.find((line) => line.source_line === 10);
    expect(new Date(line10?.sold_at).toISOString().slice(0, 10)).toBe('2025-02-09');
  });

  it('reads the file again as Windows-1252 when bytes invalid in UTF-8 come after the guess', async () => {
    // The first 64 KB are UTF-8 (an ñ among them): the file is read as UTF-8 until a
    // Windows-1252 ñ shows up far after the guessed records.
    const rows = sales(1400).replace(';Producto 1;', ';Señal 1;').split('\n');
    const content = Buffer.concat([
      Buffer.from(`${rows.slice(0, 1000).join('\n')}\n`, 'utf8'),
      windows1252(rows.slice(1000).join('\n').replaceAll(';Producto 16;', ';Piñata 16;')),
    ]);
    expect(content.indexOf(0xf1)).toBeGreaterThan(70_000);
    const [one, two] = await Promise.all([
      imported(tuned, 'Piñatas', content),
      imported(plain, 'Piñatas', content),
    ]);
    expect(one.stored).toEqual(two.stored);
    expect(one.stored.detected).toMatchObject({ encoding: 'windows-1252' });
    expect(one.stored.lines.some((line) => line.product_name === 'Piñata 16')).toBe(true);
  });

  it('reads a workbook in one pass too, Excel dates and numbers included', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ventas');
    sheet.addRow(['Fecha', 'Boleta', 'SKU', 'Cantidad', 'Total']);
    for (let i = 0; i < 900; i++) {
      const soldAt = new Date(Date.UTC(2025, i % 12, 1 + (i % 28), 12 + (i % 8), i % 60));
      sheet.addRow([soldAt, 5000 + Math.floor(i / 2), `P-${i % 13}`, 1 + (i % 3) * 0.5, 990 * (1 + (i % 7))]);
    }
    sheet.getColumn(1).numFmt = 'dd/mm/yyyy hh:mm';
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const [one, two] = await Promise.all([
      imported(tuned, 'Libro', content, 'ventas.xlsx'),
      imported(plain, 'Libro', content, 'ventas.xlsx'),
    ]);
    expect(one.importing[0]?.lines_total).toBeNull();
    expect(one.stored.lines).toHaveLength(900);
    expect(one.stored).toEqual(two.stored);
  });

  it('writes every line the usual way when a document turns up again after inserted chunks', async () => {
    const content = sales(1200, { reopen: 1100 });
    const [one, two] = await Promise.all([
      imported(tuned, 'Boleta reabierta', content),
      imported(plain, 'Boleta reabierta', content),
    ]);
    expect(one.stored).toEqual(two.stored);
    const reopened = one.stored.lines.filter((line) => line.document_id === 'B-0');
    expect(reopened.map((line) => line.line_no).sort()).toEqual([1, 2, 3, 4]);
    expect(one.stored.rows).toMatchObject({ inserted: 1200, accepted: 1200 });
  });
});
