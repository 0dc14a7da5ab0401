import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SourceError } from './source-error';
import { readXlsxRows } from './xlsx-rows';
import { handmadeXlsx } from './xlsx-test-package';

async function cellsOf(bytes: Buffer, options: { sheet?: string; maxSharedStringChars?: number } = {}) {
  const rows: [number, string[]][] = [];
  for await (const row of readXlsxRows(Readable.from([bytes]), options)) rows.push([row.line, row.cells]);
  return rows;
}

const sheetXml = (body: string, prefix = '') => {
  const p = prefix ? `${prefix}:` : '';
  const ns = prefix ? `xmlns:${prefix}` : 'xmlns';
  return `<?xml version="1.0"?><${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${body}</${p}sheetData></${p}worksheet>`;
};

describe('readXlsxRows on packages other writers produce', () => {
  it('reads namespace-prefixed XML (as some .NET exporters write it)', async () => {
    const xml = sheetXml(
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>3.5</x:v></x:c></x:row>',
      'x',
    );
    const bytes = handmadeXlsx({ sheets: [{ name: 'Datos', xml }], sharedStrings: ['<t>hola</t>'] });
    expect(await cellsOf(bytes)).toEqual([[1, ['hola', '3.5']]]);
  });

  it('continues rows and columns that carry no reference', async () => {
    const xml = sheetXml(
      '<row><c t="inlineStr"><is><t>a</t></is></c><c/><c><v>2</v></c></row><row r="5"><c r="C5"><v>1</v></c></row><row><c><v>9</v></c></row>',
    );
    expect(await cellsOf(handmadeXlsx({ sheets: [{ name: 'S', xml }] }))).toEqual([
      [1, ['a', '', '2']],
      [5, ['', '', '1']],
      [6, ['9']],
    ]);
  });

  it('reads rich and phonetic shared strings, escapes, booleans, errors, string formulas and ISO cells', async () => {
    const xml = sheetXml(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>` +
        `<c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#DIV/0!</v></c><c r="F1" t="str"><f>A1&amp;"x"</f><v>B-1x</v></c>` +
        `<c r="G1" t="d"><v>2024-03-05T10:20:30.000Z</v></c><c r="H1" t="d"><v>2024-03-05</v></c></row>`,
    );
    const bytes = handmadeXlsx({
      sheets: [{ name: 'S', xml }],
      sharedStrings: [
        '<r><rPr><b/></rPr><t>B-</t></r><r><t xml:space="preserve">1 </t></r>',
        '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>',
        '<t>l&#237;nea_x000D_\nsiguiente_x005F_x0041_</t>',
      ],
    });
    expect(await cellsOf(bytes)).toEqual([
      [
        1,
        [
          'B-1 ',
          '東京',
          'línea\r\nsiguiente_x0041_',
          'false',
          '#DIV/0!',
          'B-1x',
          '2024-03-05T10:20:30',
          '2024-03-05T00:00:00',
        ],
      ],
    ]);
  });

  it('tells dates by built-in and custom formats, in both date systems', async () => {
    const row =
      '<row r="1"><c r="A1" s="1"><v>45356.5</v></c><c r="B1" s="2"><v>45356.25</v></c><c r="C1" s="3"><v>45356.75</v></c><c r="D1" s="4"><v>0.5</v></c></row>';
    const styles = {
      numFmts: [
        { id: 164, code: 'dd/mm/yyyy\\ hh:mm' },
        { id: 165, code: '#,##0.00 &quot;hrs&quot;;[Red]-#,##0.00' },
      ],
      cellXfs: [0, 14, 164, 165, 20],
    };
    expect(await cellsOf(handmadeXlsx({ sheets: [{ name: 'S', xml: sheetXml(row) }], ...styles }))).toEqual([
      [1, ['2024-03-05T12:00:00', '2024-03-05T06:00:00', '45356.75', '1899-12-30T12:00:00']],
    ]);
    const in1904 = handmadeXlsx({ sheets: [{ name: 'S', xml: sheetXml(row) }], ...styles, date1904: true });
    expect((await cellsOf(in1904))[0]?.[1][0]).toBe('2028-03-06T12:00:00'); // 1462 days later;
  });

  it('follows the package relationships to a workbook stored elsewhere, and skips hidden sheets', async () => {
    const bytes = handmadeXlsx({
      workbookPath: 'book/main.xml',
      sheets: [
        { name: 'Oculta', state: 'hidden', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') },
        { name: 'Ventas', xml: sheetXml('<row r="1"><c r="A1"><v>2</v></c></row>') },
      ],
    });
    expect(await cellsOf(bytes)).toEqual([[1, ['2']]]);
    expect(await cellsOf(bytes, { sheet: 'OCULTA' })).toEqual([[1, ['1']]]);
  });

  it('refuses a shared string table beyond its bound', async () => {
    const bytes = handmadeXlsx({
      sheets: [{ name: 'S', xml: sheetXml('') }],
      sharedStrings: ['<t>0123456789</t>', '<t>0123456789</t>'],
    });
    const err = await cellsOf(bytes, { maxSharedStringChars: 15 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect((err as SourceError).code).toBe('XLSX_TOO_MANY_STRINGS');
  });

  it("reads exceljs's streaming writer output (entries with data descriptors, sheets first)", async () => {
    const chunks: Buffer[] = [];
    const sink = new (await import('node:stream')).Writable({
      write(chunk, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    });
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: sink,
      useSharedStrings: true,
      useStyles: true,
    });
    const sheet = writer.addWorksheet('Ventas');
    for (let i = 1; i <= 3000; i++) {
      const row = sheet.addRow([`boleta ${i}`, i * 1.5, new Date(Date.UTC(2024, 0, 1, 0, i))]);
      row.getCell(3).numFmt = 'yyyy-mm-dd hh:mm';
      row.commit();
    }
    sheet.commit();
    await writer.commit();
    const rows = await cellsOf(Buffer.concat(chunks));
    expect(rows).toHaveLength(3000);
    expect(rows[2999]).toEqual([3000, ['boleta 3000', '4500', '2024-01-03T02:00:00']]);
  });
});
