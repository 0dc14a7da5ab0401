import { EXPORT_TABLES, type ExportRows } from '@ayni/db';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvPagePieces, toCsv } from './csv';
import { jsonPieces, streamExportArchive } from './export-archive';
import { inPages, jsonPagePieces } from './json';

const exportedAt = new Date('2026-05-04T12:00:00Z');
const info = {
  company: { id: '00000000-0000-4000-8000-000000000001', name: 'Grande SpA', rut: '76123456-0' },
  exportedAt,
  exportedBy: { id: '00000000-0000-4000-8000-000000000002', email: 'dueña@example.cl' },
};

function rowsOf(saleLines: number): ExportRows {
  const empty = Object.fromEntries(Object.keys(EXPORT_TABLES).map((t) => [t, []])) as unknown as ExportRows;
  return {
    ...empty,
    company: [{ ...info.company, industry: 'retail', created_at: exportedAt }],
    sale_lines: Array.from({ length: saleLines }, (_, i) => ({
      id: i + 1,
      document_id: `B-${i}`,
      line_no: 1,
      sold_at: new Date(exportedAt.getTime() - i * 60_000),
      location_name: 'Ñuñoa',
      sku: `SKU-${i % 97}`,
      product_name: i % 10 === 0 ? '=SUM(A1)' : `Producto "${i}", con coma`,
      category: null,
      customer_id: null,
      unit: 'un',
      quantity: '1.000',
      unit_price: '990',
      total: '990',
      is_return: false,
    })),
    audit_log: [{ id: 1, action: 'x', metadata: { nested: { a: [1, 'dos'] } }, created_at: exportedAt }],
  };
}

async function read(stream: NodeJS.ReadableStream) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return chunks;
}

describe('export archive (streamed ZIP)', () => {
  it('writes JSON in pieces that join to exactly JSON.stringify(rows, null, 2)', () => {
    const rows = rowsOf(7).sale_lines;
    for (const size of [1, 3, 7, 100])
      expect([...jsonPieces(rows, size)].join('')).toBe(JSON.stringify(rows, null, 2));
    expect([...jsonPieces([])].join('')).toBe('[]');
    const nested = [{ a: { b: [1, { c: 'x\ny' }] } }, { a: null }];
    expect([...jsonPieces(nested, 1)].join('')).toBe(JSON.stringify(nested, null, 2));
  });

  it('writes rows that arrive in pages exactly as the whole documents', async () => {
    const rows = rowsOf(7).sale_lines;
    const join = async (pieces: AsyncIterable<string>) => {
      let text = '';
      for await (const piece of pieces) text += piece;
      return text;
    };
    async function* paged<T>(pages: T[][]) {
      yield* pages;
    }
    for (const size of [1, 3, 7, 100]) {
      const pages = [...inPages(rows, size)];
      expect(pages.every((page) => page.length <= size)).toBe(true);
      expect(await join(jsonPagePieces(paged(pages)))).toBe(JSON.stringify(rows, null, 2));
      // An empty page changes nothing.
      expect(await join(jsonPagePieces(paged([[], ...pages, []])))).toBe(JSON.stringify(rows, null, 2));
      expect(await join(csvPagePieces(EXPORT_TABLES.sale_lines, paged(pages)))).toBe(
        toCsv(EXPORT_TABLES.sale_lines, rows),
      );
    }
    expect(await join(jsonPagePieces(paged([])))).toBe('[]');
    expect(await join(jsonPagePieces(paged([[]])))).toBe('[]');
    expect(await join(csvPagePieces(['a'], paged([])))).toBe(toCsv(['a'], []));
  });

  it('streams a valid ZIP in many chunks, with the same files a whole-archive build had', async () => {
    const rows = rowsOf(12_000);
    const chunks = await read(streamExportArchive(rows, info));
    // Pieces of 2,000 rows: the sale lines alone come out in several chunks, not one buffer.
    expect(chunks.length).toBeGreaterThan(5);
    const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    // Buffer keeps the BOM (TextDecoder would drop it).
    const text = (name: string) => Buffer.from(files[name] as Uint8Array).toString('utf8');
    expect(Object.keys(files)).toHaveLength(Object.keys(EXPORT_TABLES).length * 2 + 1);
    expect(text('sale_lines.csv')).toBe(toCsv(EXPORT_TABLES.sale_lines, rows.sale_lines));
    expect(text('sale_lines.csv').split('\r\n')).toHaveLength(12_000 + 2);
    expect(JSON.parse(text('sale_lines.json'))).toEqual(JSON.parse(JSON.stringify(rows.sale_lines)));
    expect(text('audit_log.json')).toBe(JSON.stringify(rows.audit_log, null, 2));
    expect(text('locations.csv')).toBe(`\uFEFF${EXPORT_TABLES.locations.join(',')}\r\n`);
    expect(JSON.parse(text('manifest.json'))).toMatchObject({
      company: info.company,
      exported_at: exportedAt.toISOString(),
      tables: expect.arrayContaining([expect.objectContaining({ name: 'sale_lines', rows: 12_000 })]),
    });
  });

  it('makes the ZIP only as fast as it is read', async () => {
    const rows = rowsOf(20_000);
    const whole = Buffer.concat(await read(streamExportArchive(rows, info))).length;
    const stream = streamExportArchive(rows, info);
    const first = await new Promise<Buffer>((resolve) => stream.once('data', resolve));
    stream.pause();
    expect(first.length).toBeGreaterThan(0);
    // Paused after the first chunk: the rest is not made ahead into the stream's buffer.
    await new Promise((r) => setTimeout(r, 50));
    expect(first.length + stream.readableLength).toBeLessThan(whole / 4);
    stream.destroy();
  });
});
