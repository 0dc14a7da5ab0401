import { EXPORT_COLUMNS, EXPORT_LEVELS, type ExportLevel, METRIC_GRAINS, sortRows } from '@ayni/contracts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { addMember, tokenOf } from '../../../test/people';
import { uploadAndWait } from '../../../test/upload-helpers';
import { expectedField, parseCsv, SALES_CSV } from './export-test-data';

type Row = Record<string, unknown>;
const isPeriod = (level: ExportLevel) => (METRIC_GRAINS as readonly string[]).includes(level);
const LIST_PATH: Record<string, string> = {
  product: 'products',
  customer: 'customers',
  category: 'categories',
  location: 'locations/sales',
  seller: 'sellers',
  payment_method: 'payment-methods',
};

describe('level exports (CSV and XLSX of the explorer view)', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let token: string;
  const base = () => `/api/v1/companies/${owner.company.id}`;
  const get = (path: string, auth = token) =>
    t.app.inject({ method: 'GET', url: `${base()}${path}`, headers: bearer(auth) });

  /** Every row the explorer shows for the view (every page, its sort). */
  async function explorerRows(level: ExportLevel, query: Record<string, string>): Promise<Row[]> {
    const { sort, location, ...range } = query;
    if (isPeriod(level)) {
      const params = new URLSearchParams({ grain: level, ...range, ...(location ? { location } : {}) });
      const res = await get(`/metrics?${params}`);
      expect(res.statusCode, res.body).toBe(200);
      // The explorer sorts period rows in the browser: its own function.
      return sortRows(res.json().data as Row[], sort ?? '-period');
    }
    if (level === 'hour') {
      // The grid, 168 cells in the view's order; the file names the weekdays.
      const params = new URLSearchParams({ ...range, sort: sort ?? 'weekday', page_size: '168' });
      if (location) params.set('location', location);
      const res = await get(`/hours?${params}`);
      expect(res.statusCode, res.body).toBe(200);
      const names = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];
      return (res.json().data as Row[]).map((cell) => ({
        ...cell,
        weekday: names[(cell.weekday as number) - 1],
      }));
    }
    const rows: Row[] = [];
    for (let page = 1; ; page++) {
      const params = new URLSearchParams({ ...range, page: String(page), page_size: '2' });
      if (sort) params.set('sort', sort);
      const res = await get(`/${LIST_PATH[level]}?${params}`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { data: Row[]; meta: { total: number } };
      rows.push(...body.data);
      if (rows.length >= body.meta.total) return rows;
    }
  }

  async function exportCsv(level: ExportLevel, query: Record<string, string>) {
    const res = await get(`/exports/${level}?${new URLSearchParams(query)}`);
    expect(res.statusCode, res.body).toBe(200);
    return res;
  }

  beforeAll(async () => {
    t = await buildTestApp();
    owner = await createOwner(t.db, 'Exporta Niveles');
    token = await loginAs(t.app, owner.email, owner.password);
    const upload = await uploadAndWait(t.app, token, owner.company.id, {
      name: 'ventas.csv',
      content: Buffer.from(SALES_CSV, 'utf8'),
    });
    expect(upload.status).toBe('completed');
  });
  afterAll(() => t.close());

  const VIEWS: Array<[ExportLevel, Record<string, string>]> = [
    ...EXPORT_LEVELS.map((level): [ExportLevel, Record<string, string>] => [level, {}]),
    ['day', { from: '2025-10-01', to: '2025-11-30', sort: 'revenue' }],
    ['month', { location: 'Norte' }],
    ['product', { sort: 'name' }],
    ['product', { from: '2025-11-01', to: '2025-12-31', sort: '-units' }],
    ['customer', { from: '2025-11-01', sort: 'last_purchase' }],
    ['category', { from: '2025-10-01', to: '2025-10-31' }],
    ['location', { sort: 'location' }],
    ['seller', { from: '2025-10-01', to: '2025-11-30', sort: 'seller' }],
    ['payment_method', { sort: '-transactions' }],
    ['hour', { location: 'Norte', from: '2025-10-01' }],
    ['hour', { sort: '-revenue' }],
  ];

  for (const [level, query] of VIEWS) {
    for (const delimiter of ['comma', 'semicolon'] as const) {
      it(`CSV (${delimiter}) of ${level} ${JSON.stringify(query)} has exactly the explorer's rows`, async () => {
        const res = await exportCsv(level, { ...query, delimiter, lang: 'es' });
        expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(res.headers['content-disposition']).toMatch(/^attachment; filename="ayni-[a-z_]+-.+\.csv"$/);
        const bytes = res.rawPayload;
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const sep = delimiter === 'comma' ? ',' : ';';
        const [header, ...lines] = parseCsv(bytes.subarray(3).toString('utf8'), sep);
        expect(header).toHaveLength(EXPORT_COLUMNS[level].length);
        const expected = await explorerRows(level, query);
        expect(expected.length).toBeGreaterThan(0);
        expect(lines).toEqual(
          expected.map((row) => EXPORT_COLUMNS[level].map((column) => expectedField(row[column], sep))),
        );
      });
    }
  }

  it('names the file after the level and range, writes headers in Spanish or English', async () => {
    const es = await exportCsv('product', { from: '2025-10-01', to: '2025-12-31' });
    expect(es.headers['content-disposition']).toBe(
      'attachment; filename="ayni-product-2025-10-01-2025-12-31.csv"',
    );
    expect(es.body.slice(1).split('\r\n')[0]).toBe(
      'SKU,Descripción,Categoría,Venta neta,Unidades,Líneas,Margen bruto,Margen %,Descuento,Días con venta,Participación %,Clase ABC',
    );
    const en = await exportCsv('customer', { lang: 'en' });
    expect(en.headers['content-disposition']).toBe('attachment; filename="ayni-customer-todo.csv"');
    expect(en.body.slice(1).split('\r\n')[0]).toMatch(/^Customer,Net sales,Transactions,/);
  });

  it('writes the weekday × hour grid as 168 rows, Monday 0 h first, in the file’s language', async () => {
    const res = await exportCsv('hour', { lang: 'en' });
    expect(res.headers['content-disposition']).toBe('attachment; filename="ayni-hour-todo.csv"');
    const [header, ...lines] = parseCsv(res.rawPayload.subarray(3).toString('utf8'), ',');
    expect(header).toEqual([
      'Weekday',
      'Hour',
      'Part of the day',
      'Net sales',
      'Units',
      'Transactions',
      'Returns',
      'Average ticket',
      'Days with sales',
    ]);
    expect(lines).toHaveLength(168);
    expect(lines[0]?.slice(0, 2)).toEqual(['Monday', '0']);
    expect(lines[167]?.slice(0, 2)).toEqual(['Sunday', '23']);
    // Mondays at 10: 6 October B1 (10 000 + 3 000, 3 units), 3 November B3 (2 000, 4 units),
    // 1 December B5 (1 000, 2 units).
    const monday10 = lines[10] as string[];
    expect(monday10.slice(0, 6)).toEqual(['Monday', '10', 'mañana', '16000', '9', '3']);
  });

  it('neutralises formula text in the CSV: =HYPERLINK and the text -5 escaped, numbers kept', async () => {
    const res = await exportCsv('product', { sort: 'product_id' });
    const lines = parseCsv(res.rawPayload.subarray(3).toString('utf8'), ',');
    const byId = new Map(lines.slice(1).map((l) => [l[0], l]));
    expect(byId.get('P2')?.[1]).toBe(`'=HYPERLINK("http://evil.example","clic")`);
    expect(byId.get('P3')?.[1]).toBe("'-5");
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil.example"",""clic"")"`);
    // A negative figure is a number, not escaped text.
    const day = await exportCsv('month', { sort: 'period' });
    const growth = parseCsv(day.body.slice(1), ',').map((l) => l[10]);
    expect(growth.some((g) => g?.startsWith('-') && !Number.isNaN(Number(g)))).toBe(true);
  });

  it('writes a typed XLSX: numbers, dates, formats, bold frozen header, widths, inert formulas', async () => {
    const res = await get('/exports/product?format=xlsx&sort=product_id');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe('attachment; filename="ayni-product-todo.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['product']);
    const sheet = workbook.getWorksheet('product') as ExcelJS.Worksheet;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = sheet.getRow(1);
    expect(header.getCell(1).value).toBe('SKU');
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(20);
    const expected = await explorerRows('product', { sort: 'product_id' });
    const columns = EXPORT_COLUMNS.product;
    expect(sheet.actualRowCount).toBe(expected.length + 1);
    expected.forEach((row, i) => {
      const cells = sheet.getRow(i + 2);
      columns.forEach((column, c) => {
        const cell = cells.getCell(c + 1);
        const value = row[column];
        if (value === null || value === undefined) expect(cell.type, column).toBe(ExcelJS.ValueType.Null);
        else if (typeof value === 'number') {
          expect(cell.type, column).toBe(ExcelJS.ValueType.Number);
          expect(cell.value, column).toBe(value);
        } else expect(cell.value, column).toBe(expectedField(value, ','));
      });
    });
    const p2 = sheet.getRow(3);
    expect(p2.getCell(1).value).toBe('P2');
    expect(p2.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(p2.getCell(2).value).toBe(`'=HYPERLINK("http://evil.example","clic")`);
    expect(sheet.getRow(4).getCell(2).value).toBe("'-5");
    const revenue = columns.indexOf('revenue') + 1;
    const margin = columns.indexOf('margin_pct') + 1;
    expect(sheet.getRow(2).getCell(revenue).numFmt).toBe('"$"#,##0');
    expect(sheet.getRow(2).getCell(margin).numFmt).toBe('0.0" %"');
  });

  it('writes dates as dates and booleans as booleans (customers)', async () => {
    const res = await get('/exports/customer?format=xlsx&sort=customer_id&lang=en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const columns = EXPORT_COLUMNS.customer;
    const first = sheet.getRow(2);
    const expected = (await explorerRows('customer', { sort: 'customer_id' }))[0] as Row;
    const purchase = first.getCell(columns.indexOf('first_purchase') + 1);
    expect(purchase.type).toBe(ExcelJS.ValueType.Date);
    expect((purchase.value as Date).toISOString().slice(0, 10)).toBe(expected.first_purchase);
    expect(purchase.numFmt).toBe('dd-mm-yyyy');
    expect(first.getCell(columns.indexOf('churned') + 1).value).toBe(expected.churned);
    expect(sheet.getRow(1).getCell(1).value).toBe('Customer');

    // A day's period is a date; a month's stays its key.
    const days = new ExcelJS.Workbook();
    await days.xlsx.load(
      (await get('/exports/day?format=xlsx&sort=period')).rawPayload as unknown as ArrayBuffer,
    );
    const day = (days.worksheets[0] as ExcelJS.Worksheet).getRow(2).getCell(1);
    expect(day.type).toBe(ExcelJS.ValueType.Date);
    expect((day.value as Date).toISOString().slice(0, 10)).toBe('2025-10-06');
    const months = new ExcelJS.Workbook();
    await months.xlsx.load(
      (await get('/exports/month?format=xlsx&sort=period')).rawPayload as unknown as ArrayBuffer,
    );
    expect((months.worksheets[0] as ExcelJS.Worksheet).getRow(2).getCell(1).value).toBe('2025-10');
  });

  it('lets any member export (a viewer too), audits it, and answers 404 to another tenant', async () => {
    const viewer = await addMember(t.db, owner.company.id, 'viewer');
    const viewerToken = await tokenOf(t.app, viewer);
    expect((await get('/exports/category', viewerToken)).statusCode).toBe(200);
    const stranger = await createOwner(t.db, 'Otra Empresa');
    const strangerToken = await loginAs(t.app, stranger.email, stranger.password);
    const res = await get('/exports/product', strangerToken);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('HYPERLINK');
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${stranger.company.id}/exports/product`,
      headers: bearer(strangerToken),
    });
    expect(own.statusCode).toBe(200);
    expect(own.body).not.toContain('Café');
    const audit = await get('/audit?page_size=200');
    expect(audit.statusCode, audit.body).toBe(200);
    const actions = (audit.json().data as Array<{ action: string }>).map((a) => a.action);
    expect(actions).toContain('export.level_downloaded');
  });

  it('refuses a bad sort, an impossible date and a branch filter on a list level', async () => {
    expect((await get('/exports/product?sort=-period')).statusCode).toBe(400);
    expect((await get('/exports/day?from=2025-02-30')).statusCode).toBe(400);
    expect((await get('/exports/day?from=2025-03-01&to=2025-02-01')).statusCode).toBe(400);
    expect((await get('/exports/product?location=Norte')).statusCode).toBe(400);
    expect((await get('/exports/hour?sort=period')).statusCode).toBe(400);
    expect((await get('/exports/planet')).statusCode).toBe(400);
  });
});
