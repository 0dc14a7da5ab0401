import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createOwner, loginAs, type TestApp } from '../../../../test/helpers';
import { uploadAndWait } from '../../../../test/upload-helpers';
import { DocumentKeys } from './document-keys';

function keysOf(lines: Array<[string, string]>) {
  const keys = new DocumentKeys();
  const out: Array<[number, number]> = [];
  for (const [doc, product] of lines) {
    keys.next(doc, product);
    out.push([keys.occurrence, keys.lineNo]);
  }
  return { trusted: keys.trusted, out };
}

describe('DocumentKeys', () => {
  it('numbers each product within its document and each line within it, in file order', () => {
    const { trusted, out } = keysOf([
      ['B1', 'A'],
      ['B1', 'B'],
      ['B1', 'A'],
      ['B2', 'A'],
      ['B3', 'C'],
      ['B3', 'C'],
      ['B3', 'C'],
    ]);
    expect(trusted).toBe(true);
    expect(out).toEqual([
      [1, 1],
      [1, 2],
      [2, 3],
      [1, 1],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('stops trusting itself when a document comes back after another one', () => {
    expect(
      keysOf([
        ['B1', 'A'],
        ['B2', 'A'],
        ['B1', 'B'],
      ]).trusted,
    ).toBe(false);
  });

  it('remembers every finished document, however many', () => {
    const lines: Array<[string, string]> = [];
    for (let i = 0; i < 500_000; i++) lines.push([`B${i}`, 'A']);
    expect(keysOf(lines).trusted).toBe(true);
    lines.push(['B123456', 'A']); // back after 376,543 other documents
    expect(keysOf(lines).trusted).toBe(false);
  });

  it('compares documents and products as PostgreSQL stores them', () => {
    // NUL is stored as U+FFFD: both spellings are one document and one product in the database.
    const { trusted, out } = keysOf([
      ['B\u0000', 'P\u0000'],
      ['B\uFFFD', 'P\uFFFD'],
    ]);
    expect(trusted).toBe(true);
    expect(out).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });
});

/**
 * Whether the keys come with the staged lines (documents contiguous) or from SQL (a document
 * split across the file), every stored line has the occurrence of its product in its document
 * and its position in the document, in file order — checked here against the file itself.
 */
describe('natural keys of imported lines', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const HEADER = 'Fecha;Boleta;SKU;Cantidad;Total';
  /** Lines as [document, product, quantity] (a document's lines share their date); the file line of lines[i] is i + 2. */
  function file(lines: Array<[string, string, number]>) {
    const rows = lines.map(
      ([doc, sku, qty]) => `0${doc.slice(1)}/10/2025 10:00;${doc};${sku};${qty};${qty * 1000}`,
    );
    return `${[HEADER, ...rows].join('\n')}\n`;
  }
  function expectedKeys(lines: Array<[string, string, number]>) {
    const pairs = new Map<string, number>();
    const docs = new Map<string, number>();
    return lines.map(([doc, sku], i) => {
      const occurrence = (pairs.get(`${doc}|${sku}`) ?? 0) + 1;
      pairs.set(`${doc}|${sku}`, occurrence);
      const lineNo = (docs.get(doc) ?? 0) + 1;
      docs.set(doc, lineNo);
      return { source_line: i + 2, document_id: doc, sku, occurrence, line_no: lineNo };
    });
  }
  async function stored(companyId: string) {
    const rows = await t.owner.pool.query(
      `select source_line, document_id, sku, occurrence, line_no from sale_lines
       where company_id = $1 order by source_line`,
      [companyId],
    );
    return rows.rows;
  }

  const contiguous: Array<[string, string, number]> = [
    ['B1', 'A', 1],
    ['B1', 'B', 2],
    ['B1', 'A', 3],
    ['B2', 'A', 1],
    ['B2', 'A', 1], // identical to the line above: kept, warned as a duplicate
    ['B3', 'C', 2],
  ];
  const split: Array<[string, string, number]> = [
    ['B1', 'A', 1],
    ['B2', 'A', 1],
    ['B1', 'B', 2],
    ['B2', 'A', 1],
    ['B1', 'A', 3],
    ['B3', 'C', 2],
  ];

  it.each([
    ['contiguous documents (keys streamed)', contiguous],
    ['a document split across the file (keys in SQL)', split],
  ])('first import, %s', async (_name, lines) => {
    const owner = await createOwner(t.db, `Claves ${_name}`);
    const token = await loginAs(t.app, owner.email, owner.password);
    const upload = await uploadAndWait(t.app, token, owner.company.id, {
      name: 'ventas.csv',
      content: file(lines),
    });
    expect(upload.status).toBe('completed');
    expect(upload.rows).toMatchObject({ accepted: 6, inserted: 6, warnings: 1 });
    expect(await stored(owner.company.id)).toEqual(expectedKeys(lines));
    // The same file again: every key matches a stored line, nothing changes.
    const again = await uploadAndWait(t.app, token, owner.company.id, {
      name: 'ventas.csv',
      content: file(lines),
    });
    expect(again.rows).toMatchObject({ inserted: 0, updated: 0, unchanged: 6 });
    expect(await stored(owner.company.id)).toEqual(expectedKeys(lines));
  });
});
