import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Delimiter, SourceRecord } from '../types';
import { CsvRecordReader, MAX_QUOTED_RECORD_CHARS } from './csv-reader';

function readAll(delimiter: Delimiter, chunks: string[]): SourceRecord[] {
  const reader = new CsvRecordReader(delimiter);
  const records = chunks.flatMap((chunk) => reader.push(chunk));
  return records.concat(reader.end());
}

const read = (text: string, delimiter: Delimiter = ';') => readAll(delimiter, [text]);
const cellsOf = (records: SourceRecord[]) => records.map((record) => record.cells);

/**
 * The rules, written as plainly as possible over the whole text: the chunked, indexOf-driven
 * reader must agree with it whatever the chunking (records under MAX_QUOTED_RECORD_CHARS).
 */
function referenceRead(text: string, delimiter: string): SourceRecord[] {
  const records: SourceRecord[] = [];
  const isEnd = (char: string | undefined) =>
    char === undefined || char === delimiter || char === '\n' || char === '\r';
  let position = 0;
  let line = 1;
  while (position < text.length) {
    if (text[position] === '\n') {
      position++;
      line++;
      continue;
    }
    if (text[position] === '\r') {
      position += text[position + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    const start = position;
    let cells: string[] = [];
    for (;;) {
      let fieldStart = position;
      while (text[fieldStart] === ' ') fieldStart++;
      if (text[fieldStart] === '"') {
        let value = '';
        let i = fieldStart + 1;
        let closed = false;
        while (i < text.length) {
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            closed = true;
            i++;
            break;
          }
          value += text[i];
          i++;
        }
        if (!closed) {
          // Stray opening quote: the record is its physical line, read unquoted.
          let lineEnd = start;
          while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
          cells = text.slice(start, lineEnd).split(delimiter);
          position = lineEnd;
          break;
        }
        while (!isEnd(text[i])) value += text[i++];
        cells.push(value);
        position = i;
      } else {
        let i = fieldStart;
        while (!isEnd(text[i])) i++;
        cells.push(text.slice(position, i));
        position = i;
      }
      if (text[position] !== delimiter) break;
      position++;
    }
    if (cells.some((cell) => cell.trim() !== ''))
      records.push({ line, cells, raw: text.slice(start, position) });
    const inside = text.slice(start, position);
    line += inside.split(/\r\n|\r|\n/).length - 1;
  }
  return records;
}

describe('CsvRecordReader', () => {
  it('reads LF, CRLF and lone-CR files alike, with line numbers and raw text', () => {
    for (const lineBreak of ['\n', '\r\n', '\r']) {
      const records = read(['fecha;monto', '01-10-2025;1200', '02-10-2025;800', ''].join(lineBreak));
      expect(records).toEqual([
        { line: 1, cells: ['fecha', 'monto'], raw: 'fecha;monto' },
        { line: 2, cells: ['01-10-2025', '1200'], raw: '01-10-2025;1200' },
        { line: 3, cells: ['02-10-2025', '800'], raw: '02-10-2025;800' },
      ]);
    }
  });

  it('reads a last line without a line break, and keeps empty cells', () => {
    expect(cellsOf(read('a;;c;\nd;e;f;g'))).toEqual([
      ['a', '', 'c', ''],
      ['d', 'e', 'f', 'g'],
    ]);
  });

  it('skips blank and delimiter-only lines but counts their lines', () => {
    const records = read('titulo\n\n;;;\n  \t \r\n"";""\nfecha;monto\n\n\n1;2\n', ';');
    expect(records.map(({ line, cells }) => ({ line, cells }))).toEqual([
      { line: 1, cells: ['titulo'] },
      { line: 6, cells: ['fecha', 'monto'] },
      { line: 9, cells: ['1', '2'] },
    ]);
  });

  it('reads quoted fields: delimiters, doubled quotes and line breaks inside', () => {
    const text = 'id,desc,precio\r\n1,"Pan, ""amasado""\r\ngrande",1200\r\n2,"",\r\n3,x,"9"\r\n';
    expect(read(text, ',')).toEqual([
      { line: 1, cells: ['id', 'desc', 'precio'], raw: 'id,desc,precio' },
      {
        line: 2,
        cells: ['1', 'Pan, "amasado"\r\ngrande', '1200'],
        raw: '1,"Pan, ""amasado""\r\ngrande",1200',
      },
      { line: 4, cells: ['2', '', ''], raw: '2,"",' },
      { line: 5, cells: ['3', 'x', '9'], raw: '3,x,"9"' },
    ]);
  });

  it('counts every line break inside quotes (LF, CR, CRLF) for the next line number', () => {
    const records = read('"a\nb\rc\r\nd";x\nnext;y\n');
    expect(records.map((record) => record.line)).toEqual([1, 5]);
    expect(records[0]?.cells).toEqual(['a\nb\rc\r\nd', 'x']);
  });

  it('keeps a stray quote inside an unquoted field', () => {
    expect(cellsOf(read('Tubo 1/2" PVC;3\nCaño 3/4";"ok"\n'))).toEqual([
      ['Tubo 1/2" PVC', '3'],
      ['Caño 3/4"', 'ok'],
    ]);
  });

  it('keeps text after a closing quote and allows spaces before an opening quote', () => {
    expect(cellsOf(read('"5" pulgadas;2\na; "b;c" ;d\n'))).toEqual([
      ['5 pulgadas', '2'],
      ['a', 'b;c ', 'd'],
    ]);
  });

  it('does not trim unquoted cells', () => {
    expect(cellsOf(read(' a ;\tb\t\n'))).toEqual([[' a ', '\tb\t']]);
  });

  it('reads tab and pipe delimited text', () => {
    expect(cellsOf(read('a\tb,c\t"d\te"\n', '\t'))).toEqual([['a', 'b,c', 'd\te']]);
    expect(cellsOf(read('a|b;c|"d|e"\n', '|'))).toEqual([['a', 'b;c', 'd|e']]);
  });

  it('joins a CRLF split between chunks into one line break', () => {
    const records = readAll(';', ['a;b\r', '\nc;d\r', '', '\n', 'e;f']);
    expect(records.map(({ line, cells }) => ({ line, cells }))).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['c', 'd'] },
      { line: 3, cells: ['e', 'f'] },
    ]);
    // A CR ending a chunk is a line break by itself when no LF follows.
    expect(readAll(';', ['a\r', 'b\r', '\r\n', 'c']).map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it('returns records from push() as soon as they are complete', () => {
    const reader = new CsvRecordReader(';');
    expect(reader.push('a;b\nc;"d')).toEqual([{ line: 1, cells: ['a', 'b'], raw: 'a;b' }]);
    expect(reader.push('\ne"\n')).toEqual([{ line: 2, cells: ['c', 'd\ne'], raw: 'c;"d\ne"' }]);
    expect(reader.end()).toEqual([]);
  });

  it('gives the same records wherever a tricky text is split', () => {
    const tricky =
      'Reporte;;\r\n\r\nid;"de;sc";n\r\n1;"a ""q""\r\nb";"x"\r2;Tubo 1/2";3\n;;\n3;"";"z"" "\r\n"open;4';
    const whole = read(tricky);
    expect(whole.map((record) => record.line)).toEqual([1, 3, 4, 6, 8, 9]);
    expect(whole).toEqual(referenceRead(tricky, ';'));
    for (let cut = 0; cut <= tricky.length; cut++) {
      expect(readAll(';', [tricky.slice(0, cut), tricky.slice(cut)])).toEqual(whole);
    }
    for (let a = 0; a <= tricky.length; a += 3) {
      for (let b = a; b <= tricky.length; b += 2) {
        expect(readAll(';', [tricky.slice(0, a), tricky.slice(a, b), tricky.slice(b)])).toEqual(whole);
      }
    }
    expect(readAll(';', [...tricky])).toEqual(whole);
  });

  it('agrees with the reference rules on random text and random chunking', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', ';', ',', '"', '"', '\n', '\r', '\t');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((chars) => chars.join('')),
        fc.array(fc.nat({ max: 60 }), { maxLength: 6 }),
        fc.constantFrom<Delimiter>(';', ','),
        (text, cutPoints, delimiter) => {
          const cuts = [...new Set(cutPoints.filter((cut) => cut <= text.length))].sort((x, y) => x - y);
          const chunks = [0, ...cuts].map((start, i) => text.slice(start, cuts[i] ?? text.length));
          expect(readAll(delimiter, chunks)).toEqual(referenceRead(text, delimiter));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('ends a file cut inside a quoted field cleanly, keeping the quote as text', () => {
    expect(read('fecha;desc\n01-10-2025;"Pan amas')).toEqual([
      { line: 1, cells: ['fecha', 'desc'], raw: 'fecha;desc' },
      { line: 2, cells: ['01-10-2025', '"Pan amas'], raw: '01-10-2025;"Pan amas' },
    ]);
    // An unclosed quote does not swallow the lines after it.
    expect(cellsOf(read('a;"b\nc;d\ne;f'))).toEqual([
      ['a', '"b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
    expect(cellsOf(read('a;"b""'))).toEqual([['a', '"b""']]);
  });

  it('gives up on a quote left open for more than MAX_QUOTED_RECORD_CHARS and reads on', () => {
    const rows = Math.ceil((MAX_QUOTED_RECORD_CHARS * 1.5) / 8);
    const text = `id;desc\n1;"stray\n${'2;filler\n'.repeat(rows)}3;"ok"\n`;
    const reader = new CsvRecordReader(';');
    let records: SourceRecord[] = [];
    for (let i = 0; i < text.length; i += 64 * 1024) {
      records = records.concat(reader.push(text.slice(i, i + 64 * 1024)));
    }
    const beforeEnd = records.length;
    records = records.concat(reader.end());
    expect(records).toHaveLength(rows + 3);
    expect(records[1]).toEqual({ line: 2, cells: ['1', '"stray'], raw: '1;"stray' });
    expect(records[2]).toEqual({ line: 3, cells: ['2', 'filler'], raw: '2;filler' });
    expect(records.at(-1)).toEqual({ line: rows + 3, cells: ['3', 'ok'], raw: '3;"ok"' });
    // Parsing went on while the text streamed in: the open quote did not hold everything back.
    expect(beforeEnd).toBeGreaterThan(rows / 2);
  });

  it('treats an over-long quoted record the same when it arrives in one piece', () => {
    const text = `1;"stray\n${'2;x\n'.repeat(MAX_QUOTED_RECORD_CHARS / 4 + 10)}9;"\n`;
    const records = read(text);
    expect(records[0]?.cells).toEqual(['1', '"stray']);
    expect(records[1]?.cells).toEqual(['2', 'x']);
  });

  it('reads a long quoted field fed in tiny chunks', () => {
    const description = 'Pan amasado; "rústico"\n'.repeat(10_000);
    const text = `id;desc\n1;"${description.replaceAll('"', '""')}";fin\n2;b\n`;
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += 97) chunks.push(text.slice(i, i + 97));
    const records = readAll(';', chunks);
    expect(records.map((record) => record.line)).toEqual([1, 2, 10_003]);
    expect(records[1]?.cells).toEqual(['1', description, 'fin']);
  });

  it('reads 200k generated rows correctly in 64 KB chunks', () => {
    const rowCount = 200_000;
    const lines = ['fecha;id;sku;cantidad;precio;descripcion'];
    for (let i = 0; i < rowCount; i++) {
      const description = i % 1000 === 0 ? `"Pan; ""especial""\r\nlinea ${i}"` : `Producto ${i % 97}`;
      lines.push(`${(i % 28) + 1}-10-2025;T${i};SKU-${i % 500};${i % 7};${i % 1000},5;${description}`);
    }
    const text = `${lines.join('\r\n')}\r\n`;
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += 65_536) chunks.push(text.slice(i, i + 65_536));
    const records = readAll(';', chunks);

    expect(records).toHaveLength(rowCount + 1);
    // Plain comparisons in the loop, one expect at the end: 200k expect() calls would dominate.
    const mismatches: number[] = [];
    let expectedLine = 2;
    for (let i = 0; i < rowCount; i++) {
      const record = records[i + 1] as SourceRecord;
      const multiLine = i % 1000 === 0;
      const description = multiLine ? `Pan; "especial"\r\nlinea ${i}` : `Producto ${i % 97}`;
      const matches =
        record.line === expectedLine &&
        record.cells.length === 6 &&
        record.cells[1] === `T${i}` &&
        record.cells[4] === `${i % 1000},5` &&
        record.cells[5] === description;
      if (!matches) mismatches.push(i);
      expectedLine += multiLine ? 2 : 1;
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses text after end()', () => {
    const reader = new CsvRecordReader(',');
    reader.end();
    expect(() => reader.push('a')).toThrow();
    expect(reader.end()).toEqual([]);
  });
});
